using System.Text.RegularExpressions;

namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>The spaces a PDF-to-text conversion leaves inside a cell where its text wrapped.</summary>
internal static partial class WrapSpaces
{
    /// <summary>
    /// Cleans a cell and removes the spaces the PDF conversion left where a cell wrapped
    /// (地质灾害点 核查, 社会效益指 标, 2023 年). A space is a wrap only when it touches a Chinese
    /// character; spaces between Latin words or numbers (6- 10) and before a numbered item are kept.
    /// </summary>
    public static string Remove(string text) => WrapSpace().Replace(CellText.Clean(text), "");

    /// <summary>The unwrapped text of cell <paramref name="index"/>; empty when the row has no such cell (index -1: the form lacks the column).</summary>
    public static string At(IReadOnlyList<Cell> cells, int index) =>
        index >= 0 && index < cells.Count ? Remove(cells[index].Text) : "";

    /// <summary>
    /// A space touching a Chinese character, unless it opens a numbered item (…工作 2. 做好…).
    /// Linear, so it needs no time-out: the first branch is atomic, and the second starts only where
    /// a run of spaces starts (<c>(?&lt;!\s)</c>), which is the only place it could match anyway.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])(?>\s+)(?!\d{1,2}[.．、]\s)|(?<!\s)\s+(?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])")]
    private static partial Regex WrapSpace();
}
