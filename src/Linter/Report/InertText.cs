using System.Text;

namespace GoalLint.Report;

/// <summary>
/// The last step of every report format: characters that change how text around them reads
/// rather than being read themselves — bidirectional overrides and isolates (Trojan Source),
/// zero-width marks, and control characters such as ESC (terminal escape sequences) — leave the
/// report in a form that shows them instead of acting on them. Tabs and line breaks stay.
/// </summary>
public static class InertText
{
    /// <summary>For text, Markdown, HTML and workflow commands: the character becomes the visible mark [U+202E].</summary>
    public static string Visible(string report) => Replace(report, c => c is '\t' or '\n' or '\r' ? null : $"[U+{(int)c:X4}]");

    /// <summary>For JSON (inside strings, where such characters can only be): the \u202e escape, which reads back as the same text.</summary>
    public static string JsonEscaped(string report) => Replace(report, c => char.IsControl(c) ? null : $"\\u{(int)c:x4}");

    /// <summary>For XML text and attributes: a character reference, which reads back as the same text (controls are never written raw in XML).</summary>
    public static string XmlEscaped(string report) => Replace(report, c => char.IsControl(c) ? null : $"&#x{(int)c:X4};");

    internal static bool IsHostile(char c) =>
        char.IsControl(c) || c is '\u061C' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Replaces each hostile character for which <paramref name="mark"/> gives a replacement; null keeps it.</summary>
    private static string Replace(string report, Func<char, string?> mark)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < report.Length; i++)
        {
            var c = report[i];
            if (IsHostile(c) && mark(c) is { } replacement)
            {
                sb ??= new StringBuilder(report.Length + 16).Append(report, 0, i);
                sb.Append(replacement);
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? report;
    }
}
