using System.Text;

namespace GoalLint.Report;

/// <summary>
/// <see cref="InertText.JsonEscaped"/> for a JSON writer that streams: sits between the writer
/// and the file and turns the UTF-8 of each character <see cref="InertText"/> makes inert into its
/// <c>\u202e</c> escape as the bytes pass. In JSON such a character can only stand inside a
/// string, where the escape reads back as the same text. A character split between two writes
/// waits for its last bytes.
/// </summary>
public sealed class InertJsonStream(Stream inner) : WriteOnlyStream
{
    private readonly byte[] _pending = new byte[3];
    private int _pendingCount;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_pendingCount > 0)
        {
            var joined = new byte[_pendingCount + buffer.Length];
            _pending.AsSpan(0, _pendingCount).CopyTo(joined);
            buffer.CopyTo(joined.AsSpan(_pendingCount));
            _pendingCount = 0;
            buffer = joined;
        }

        var written = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var length = buffer[i] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, _ => 1 };
            if (length == 1)
            {
                continue;
            }

            if (i + length > buffer.Length)
            {
                // The character's last bytes come with the next write.
                inner.Write(buffer[written..i]);
                buffer[i..].CopyTo(_pending);
                _pendingCount = buffer.Length - i;
                return;
            }

            if (Rune.DecodeFromUtf8(buffer.Slice(i, length), out var rune, out _) == System.Buffers.OperationStatus.Done
                && rune.IsBmp && InertText.IsHostile((char)rune.Value) && !char.IsControl((char)rune.Value))
            {
                inner.Write(buffer[written..i]);
                inner.Write(Encoding.ASCII.GetBytes($"\\u{rune.Value:x4}"));
                written = i + length;
            }

            i += length - 1;
        }

        inner.Write(buffer[written..]);
    }

    public override void Flush()
    {
        if (_pendingCount > 0)
        {
            inner.Write(_pending.AsSpan(0, _pendingCount));
            _pendingCount = 0;
        }

        inner.Flush();
    }
}
