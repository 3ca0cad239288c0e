using System.Text;
using System.Text.RegularExpressions;
using GoalLint.Ingest;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// Applies the text-level mutations: the text cut at a line, cell or table boundary, whole rows moved, copied or lost, tabs deleted or doubled,
/// a pasted megabyte, mixed line endings, deep Markdown/HTML nesting, rows pasted from another
/// file, hostile code points, a wrong-encoding round trip (mojibake), and what once took a rule or
/// the output down: hostile numbers (huge, tiny, negative, exponent), a row of thousands of cells,
/// and a line that draws a finding repeated thousands of times (output size).
/// </summary>
public static class TextMutator
{
    /// <summary>The size of a pasted cell: one megabyte of text.</summary>
    public const int HugeCellChars = 1 << 20;

    /// <summary>How many shapes of deep nesting <see cref="MutationKind.DeepNesting"/> picks from.</summary>
    public const int NestingShapes = 7;

    private const int NestingDepth = 5_000;

    private static readonly string[] Hostile =
    [
        "\u202E", "\u202D\u2066", "\uFEFF", "\uD800", "\uDC00x", "\uFFFD", "\u0000", "\u001B[31m", "\u0085", "\u2028", "\u2029",
        "<script>alert(1)</script>", "|", "||", "\"", "\"\"\"", "\r", "\v\f", "１２３％", "≥≤", "∞", "-0", "1e309", "９９９９９９９９９９９９９９９９９９９９",
    ];

    /// <summary>How many fills a <see cref="MutationKind.HugeCell"/> picks from.</summary>
    public static int HugeFills => HugeFill.Length;

    /// <summary>Cells a <see cref="MutationKind.WideRow"/> appends to one row.</summary>
    public const int WideRowCells = 5_000;

    /// <summary>Copies of one line a <see cref="MutationKind.ManyFindings"/> inserts: a row that draws a finding, thousands of times.</summary>
    public const int ManyFindingsLines = 5_000;

    /// <summary>
    /// Characters <see cref="MutationKind.ManyFindings"/> inserts at most: a line a huge cell made
    /// a megabyte long is copied fewer times (5,000 copies once passed .NET's string limit and
    /// ended the whole long run), so inputs stay the size of the largest files met (≈ 10 MB).
    /// </summary>
    public const int ManyFindingsChars = 4 << 20;

    /// <summary>Numbers no cast or division survives: huge, tiny, negative, with an exponent, past decimal, with 万/亿.</summary>
    private static readonly string[] HostileNumbers =
    [
        "9223372036854775808", "79228162514264337593543950336", "-79228162514264337593543950335", "0.0000000000000000000000001",
        "1e-25", "1e309", "-1e309", "1E+30", "9999999999999999亿", "-0.0000001", "0", "-2147483649", "２０２４０００００００００",
    ];

    private static readonly string[] HugeFill = ["中", "9", "a ", "|", "\"", "<b>", "0.", "%"];

    public static string Apply(string text, Mutation m, IReadOnlyList<string> others) => m.Kind switch
    {
        MutationKind.TruncateAtBoundary => TruncateAtBoundary(text, m),
        MutationKind.ShuffleRows => WithLines(text, lines => Shuffle(lines, m)),
        MutationKind.DuplicateRows => WithLines(text, lines => { var (at, n) = Span(lines, m, 12); lines.InsertRange(at + n, lines.GetRange(at, n)); }),
        MutationKind.DeleteRows => WithLines(text, lines => { var (at, n) = Span(lines, m, 12); lines.RemoveRange(at, n); }),
        MutationKind.DeleteTabs => EditTabs(text, m, "\t", ""),
        MutationKind.DoubleTabs => EditTabs(text, m, "\t", "\t\t"),
        MutationKind.HugeCell => text.Insert(Position(text, m.A), HugeCell(HugeFill[Index(m.B, HugeFill.Length)])),
        MutationKind.MixedLineEndings => MixLineEndings(text, m),
        MutationKind.DeepNesting => WithLines(text, lines => lines.Insert(Index(m.A, lines.Count + 1), Nesting(m.B))),
        MutationKind.PasteOtherFile => Paste(text, m, others),
        MutationKind.HostileChars => text.Insert(Position(text, m.A), Hostile[Index(m.B, Hostile.Length)]),
        MutationKind.WrongEncodingRead => Mojibake(text, m),
        MutationKind.HostileNumber => HostileNumber(text, m),
        MutationKind.WideRow => WithLines(text, lines => { var at = Index(m.A, lines.Count); lines[at] += Repeat(Index(m.B, 2) == 0 ? "\t格" : " | 格", WideRowCells); }),
        MutationKind.ManyFindings => WithLines(text, lines =>
        {
            var at = Index(m.A, lines.Count);
            lines.InsertRange(at + 1, Enumerable.Repeat(lines[at], Math.Clamp(ManyFindingsChars / (lines[at].Length + 1), 1, ManyFindingsLines)));
        }),
        _ => text,
    };

    /// <summary>The picked run of digits (a year, an amount, a rate) replaced by a hostile number.</summary>
    private static string HostileNumber(string text, Mutation m)
    {
        var runs = Regex.Matches(text, @"\d+(\.\d+)?");
        if (runs.Count == 0)
        {
            return text;
        }

        var run = runs[Index(m.A, runs.Count)];
        return text[..run.Index] + HostileNumbers[Index(m.B, HostileNumbers.Length)] + text[(run.Index + run.Length)..];
    }

    private static string WithLines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines);
        return string.Join('\n', lines);
    }

    /// <summary>A run of 2..max+1 lines starting at a picked line, clipped to the file.</summary>
    private static (int At, int Count) Span(List<string> lines, Mutation m, int max)
    {
        var at = Index(m.A, lines.Count);
        return (at, Math.Min(Index(m.B, max) + 1, lines.Count - at));
    }

    private static void Shuffle(List<string> lines, Mutation m)
    {
        var (at, n) = Span(lines, m, 30);
        var window = lines.GetRange(at, n);
        new Random(m.A).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(window));
        lines.RemoveRange(at, n);
        lines.InsertRange(at, window);
    }

    /// <summary>Edits 1..8 consecutive tab occurrences from a picked one.</summary>
    private static string EditTabs(string text, Mutation m, string find, string replace)
    {
        var positions = new List<int>();
        for (var i = text.IndexOf(find, StringComparison.Ordinal); i >= 0; i = text.IndexOf(find, i + 1, StringComparison.Ordinal))
        {
            positions.Add(i);
        }

        if (positions.Count == 0)
        {
            return text;
        }

        var first = Index(m.A, positions.Count);
        var chosen = positions.Skip(first).Take(Index(m.B, 8) + 1).Reverse();
        var builder = new StringBuilder(text);
        foreach (var at in chosen)
        {
            builder.Remove(at, find.Length).Insert(at, replace);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text cut where a file is most likely to end early: just after a line break, just before
    /// one (the last row loses its end), at a cell's tab, or at a table's pipe.
    /// </summary>
    private static string TruncateAtBoundary(string text, Mutation m)
    {
        var (boundary, keep) = Index(m.B, 4) switch
        {
            0 => ('\n', 1),
            1 => ('\n', 0),
            2 => ('\t', 0),
            _ => ('|', 0),
        };
        var count = text.Count(c => c == boundary);
        if (count == 0)
        {
            return text;
        }

        var at = -1;
        for (var n = Index(m.A, count); n >= 0; n--)
        {
            at = text.IndexOf(boundary, at + 1);
        }

        return text[..(at + keep)];
    }

    /// <summary>From a picked line on, line breaks alternate between \r\n, \r and \n.</summary>
    private static string MixLineEndings(string text, Mutation m)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var from = Index(m.A, lines.Length);
        var builder = new StringBuilder(text.Length + lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                builder.Append(i < from ? "\n" : ((i + m.B) % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
            }
        }

        return builder.ToString();
    }

    /// <summary>A line nested thousands of levels deep: quotes, lists, HTML, table pipes, links, headings.</summary>
    private static string Nesting(int pick) => Index(pick, NestingShapes) switch
    {
        0 => Repeat(">", NestingDepth) + " 数量指标",
        1 => string.Concat(Enumerable.Range(0, NestingDepth).Select(i => new string(' ', Math.Min(i, 40)) + "- 项\n")),
        2 => Repeat("<b><p>", NestingDepth) + "指标" + Repeat("</p></b>", NestingDepth),
        3 => "|" + Repeat(" 一级指标 |", NestingDepth),
        4 => Repeat("[", NestingDepth) + "x" + Repeat("](y)", NestingDepth),
        5 => Repeat("#", NestingDepth) + " 项目绩效目标表",
        _ => Repeat("<table><tr><td>", NestingDepth / 5),
    };

    private static string Paste(string text, Mutation m, IReadOnlyList<string> others)
    {
        var other = others[Index(m.B, others.Count)].Split('\n');
        var at = Index(m.B / 7, other.Length);
        var rows = other.Skip(at).Take(Index(m.B / 3, 40) + 1);
        return WithLines(text, lines => lines.InsertRange(Index(m.A, lines.Count + 1), rows));
    }

    /// <summary>The text as it reads after a wrong-encoding round trip: its UTF-8 bytes read as GB18030 (or Latin-1) and saved again.</summary>
    private static string Mojibake(string text, Mutation m)
    {
        var wrong = m.B % 2 == 0 ? EncodingDetector.Gb18030 : Encoding.Latin1;
        var from = Position(text, m.A);
        return text[..from] + wrong.GetString(Encoding.UTF8.GetBytes(text[from..]));
    }

    private static string HugeCell(string fill) => Repeat(fill, HugeCellChars / fill.Length);

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static int Index(int pick, int count) => count <= 0 ? 0 : (int)((uint)pick % (uint)count);

    /// <summary>A position in the text that does not split a surrogate pair (the corpus has none, but be safe).</summary>
    private static int Position(string text, int pick)
    {
        var at = Index(pick, text.Length + 1);
        return at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) ? at - 1 : at;
    }
}
