using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>The lines of a budget text converted from PDF to Markdown: heading marks, page breaks, table-of-contents entries.</summary>
internal static partial class DocumentText
{
    /// <summary>A line without its Markdown heading marks (## 1. 2023 年… ⇒ 1. 2023 年…).</summary>
    public static string StripHeading(string line) => CellText.Clean(line.TrimStart().TrimStart('#'));

    /// <summary>How far the text after the heading marks starts (0-based), for locations.</summary>
    public static int HeadingOffset(string line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == '#' || char.IsWhiteSpace(line[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>Page breaks (---) and blank lines carry no content; a lone number is a page number.</summary>
    public static bool IsFiller(string line)
    {
        var t = line.Trim();
        return t.Length == 0 || t.All(c => c == '-') || t.All(char.IsAsciiDigit);
    }

    /// <summary>Table-of-contents entries end in dot leaders and a page number (一、总体绩效目标.....	1).</summary>
    public static bool IsTocEntry(string line) => TocLeader().IsMatch(line);

    [GeneratedRegex(@"(\.{3,}|…{2,}|·{3,})\s*\d*\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex TocLeader();
}
