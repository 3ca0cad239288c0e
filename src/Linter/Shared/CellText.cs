using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GoalLint.Shared;

/// <summary>Cleans cell text the way every reader needs: markup left by converters removed, wrapped lines joined.</summary>
public static partial class CellText
{
    /// <summary>A joining builder grown past this (a huge cell) is not kept for the thread's next join.</summary>
    private const int MaxKeptBuilder = 4096;

    [ThreadStatic]
    private static StringBuilder? t_joiner;

    /// <summary>Strips inline HTML (&lt;b&gt;, &lt;p&gt;, &lt;br&gt;), decodes entities and trims.</summary>
    public static string Clean(string text)
    {
        if (text.Contains('<'))
        {
            text = Tags().Replace(text, "");
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return text.Trim();
    }

    /// <summary>
    /// Joins the lines of a wrapped cell. Chinese text wraps anywhere, so two CJK (or CJK and
    /// digit) fragments join without a space; Latin words keep one space between them.
    /// </summary>
    public static string JoinWrapped(IEnumerable<string> fragments)
    {
        // One builder per thread, taken out of its slot while in use (a lazy sequence of fragments
        // may join others): a new builder per call was 3 % of a run's allocations. A fragment
        // that is the whole result already trimmed is returned as it is.
        var sb = t_joiner ?? new StringBuilder();
        t_joiner = null;
        string? whole = null;
        var parts = 0;
        foreach (var raw in fragments)
        {
            var part = raw.AsSpan().Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0 && IsLatin(sb[^1]) && IsLatin(part[0]))
            {
                sb.Append(' ');
            }

            sb.Append(part);
            whole = ++parts == 1 && part.Length == raw.Length ? raw : null;
        }

        var joined = whole ?? sb.ToString();
        if (sb.Capacity <= MaxKeptBuilder)
        {
            t_joiner = sb.Clear();
        }

        return joined;
    }

    /// <summary>Removes every whitespace character: labels such as 社会效益 指标 or 年度总体 目标 were split by the source.</summary>
    public static string Squeeze(string text)
    {
        // Most labels have no space at all: they are returned as they are, without a copy.
        var first = 0;
        while (first < text.Length && !char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var length = first;
        for (var i = first + 1; i < text.Length; i++)
        {
            length += char.IsWhiteSpace(text[i]) ? 0 : 1;
        }

        return string.Create(length, text, static (squeezed, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c))
                {
                    squeezed[n++] = c;
                }
            }
        });
    }

    /// <summary>
    /// The start of <paramref name="text"/>, for quoting in a message: a cell may be 20,000
    /// characters, and a message repeated on every row must not copy it each time.
    /// </summary>
    public static string Excerpt(string text, int max = 80) => text.Length <= max ? text : text[..max] + "…";

    /// <summary>
    /// The full-width forms of ASCII, as a precompiled set: the generic range search boxed each bound on every
    /// call while <see cref="FoldWidth"/> ran unoptimised, ~50 MB of a 10k run (docs/performance.md, eleventh session).
    /// </summary>
    private static readonly SearchValues<char> FullWidthForms = SearchValues.Create(Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(c => (char)c).ToArray());

    /// <summary>
    /// Full-width letters, digits and punctuation (U+FF01–FF5E: （, ：, ２, Ａ) as their ASCII forms, the
    /// way NFKC folds them; text without them is returned as it is, without a copy.
    /// </summary>
    public static string FoldWidth(string text)
    {
        if (!text.AsSpan().ContainsAny(FullWidthForms))
        {
            return text;
        }

        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                folded[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetter(c);

    [GeneratedRegex("</?(b|p|br|strong|span|div|i|em|u|font)(\\s[^>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Tags();
}
