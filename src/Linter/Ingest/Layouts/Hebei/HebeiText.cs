using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Hebei;

/// <summary>Text clean-up the 河北 export needs: PDF wrap spaces inside cells, Markdown headings, page breaks.</summary>
internal static partial class HebeiText
{
    /// <summary>
    /// Cleans a cell and removes the spaces the PDF conversion left where a cell wrapped
    /// (地质灾害点 核查, 社会效益指 标, 2023 年). A space is a wrap only when it touches a Chinese
    /// character; spaces between Latin words or numbers (6- 10) and before a numbered item are kept.
    /// </summary>
    public static string Unwrap(string text) => WrapSpace().Replace(CellText.Clean(text), "");

    /// <summary>The unwrapped text of cell <paramref name="index"/>; empty when the row has no such cell (index -1: the form lacks the column).</summary>
    public static string UnwrapAt(IReadOnlyList<Cell> cells, int index) =>
        index >= 0 && index < cells.Count ? Unwrap(cells[index].Text) : "";

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

    /// <summary>
    /// A space touching a Chinese character, unless it opens a numbered item (…工作 2. 做好…).
    /// Linear, so it needs no time-out: the first branch is atomic, and the second starts only where
    /// a run of spaces starts (<c>(?&lt;!\s)</c>), which is the only place it could match anyway.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])(?>\s+)(?!\d{1,2}[.．、]\s)|(?<!\s)\s+(?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])")]
    private static partial Regex WrapSpace();

    [GeneratedRegex(@"(\.{3,}|…{2,}|·{3,})\s*\d*\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex TocLeader();
}
