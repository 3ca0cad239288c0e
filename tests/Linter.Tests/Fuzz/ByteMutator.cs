namespace GoalLint.Tests.Fuzz;

/// <summary>Applies the byte-level mutations to the encoded file: flipped bits, truncation, NULs.</summary>
public static class ByteMutator
{
    public static byte[] Apply(byte[] bytes, Mutation m)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var at = (int)((uint)m.A % (uint)bytes.Length);
        switch (m.Kind)
        {
            case MutationKind.FlipByte:
                var flipped = (byte[])bytes.Clone();
                flipped[at] ^= (byte)(1 << (m.B & 7));
                return flipped;
            case MutationKind.Truncate:
                return bytes[..at];
            case MutationKind.InsertNuls:
                return [.. bytes[..at], .. new byte[(m.B & 7) + 1], .. bytes[at..]];
            default:
                return bytes;
        }
    }
}
