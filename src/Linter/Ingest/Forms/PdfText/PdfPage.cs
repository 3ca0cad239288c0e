using System.Text.RegularExpressions;
using GoalLint.Ingest.Cells;
using GoalLint.Ingest.Cells.PdfText;

namespace GoalLint.Ingest.Forms.PdfText;

/// <summary>What a PDF page adds around a table that is not table content: titles, 表13 captions, page numbers.</summary>
internal static partial class PdfPage
{
    /// <summary>The words a title of the form ends with (forms.yaml: 绩效目标表).</summary>
    private static readonly string[] Titles = [.. FormSpecs.ReadBy(PdfTextFormReader.Name).Titles];

    /// <summary>The title of a goal table (项目绩效目标表, 2024年项目支出绩效目标表), not a table-of-contents entry.</summary>
    public static bool IsTitle(PdfLine line)
    {
        var s = line.Squeezed;
        return s.Length <= 40 && Titles.Any(t => s.EndsWith(t, StringComparison.Ordinal)) && !s.Contains("..", StringComparison.Ordinal) && !s.Contains('…');
    }

    /// <summary>A caption such as 表13 or a page number (- 3 -, 第3页, 3/12): page furniture, never a cell.</summary>
    public static bool IsFurniture(PdfLine line) => Furniture().IsMatch(line.Squeezed) || PageNumbers.IsNamedPageNumber(line.Squeezed);

    // Anchored at the start with no nested repetition: linear in the line, so no time-out (one would
    // turn a long line on a loaded machine into a reader failure, making the result depend on the load).
    [GeneratedRegex(@"^(表\d+|附表\d*|[-—–]\d+[-—–]|\d+/\d+)$")]
    private static partial Regex Furniture();
}
