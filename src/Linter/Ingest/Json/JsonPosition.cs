using System.Text;
using System.Text.Json;
using GoalLint.Model;

namespace GoalLint.Ingest.Json;

/// <summary>
/// Turns the byte positions System.Text.Json reports into the 1-based line and character column
/// every other GoalLint location uses (a Chinese character is three UTF-8 bytes but one column).
/// </summary>
public static class JsonPosition
{
    /// <summary>The location of byte <paramref name="offset"/> of <paramref name="utf8"/>.</summary>
    public static SourceLocation Locate(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourceLocation(before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>Where a parse error sits in <paramref name="lines"/>; line 1 column 1 when the error gives no place.</summary>
    public static SourceLocation Locate(JsonException error, IReadOnlyList<string> lines)
    {
        if (error.LineNumber is not { } line || line < 0 || line >= lines.Count)
        {
            return new SourceLocation(1, 1);
        }

        var utf8 = Encoding.UTF8.GetBytes(lines[(int)line]);
        var bytes = (int)Math.Clamp(error.BytePositionInLine ?? 0, 0, utf8.Length);
        return new SourceLocation((int)line + 1, Encoding.UTF8.GetCharCount(utf8, 0, bytes) + 1);
    }
}
