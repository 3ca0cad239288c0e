namespace GoalLint.Shared.Cache;

/// <summary>How <see cref="ParsedCache"/> writes a parsed value into an entry's payload and reads it back.</summary>
public sealed record ParsedCodec<T>(Func<T, byte[]> Encode, Func<ArraySegment<byte>, T> Decode)
    where T : class;

public static class ParsedCodec
{
    /// <summary>The value in a binary form <paramref name="write"/> and <paramref name="read"/> agree on (<see cref="BinaryForm"/>); bytes left over make a damaged entry.</summary>
    public static ParsedCodec<T> Binary<T>(Action<BinaryWriter, T> write, Func<BinaryReader, T> read)
        where T : class =>
        new(
            value =>
            {
                using var stream = new MemoryStream();
                using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    write(writer, value);
                }

                return stream.ToArray();
            },
            payload =>
            {
                using var reader = new BinaryReader(new MemoryStream(payload.Array!, payload.Offset, payload.Count, writable: false));
                var value = read(reader);
                return reader.BaseStream.Position == payload.Count ? value : throw new InvalidDataException("the entry has bytes after its value");
            });
}
