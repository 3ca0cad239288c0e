using System.Text.RegularExpressions;

namespace GoalLint.Ingest.Cells;

/// <summary>A line that only numbers a page: what a PDF's running foot or a paged text export prints between rows.</summary>
public static partial class PageNumbers
{
    /// <summary>
    /// Any page number: 3, - 3 -, 第3页, 第 3 页 共 9 页, 第1页，共2页, 3/9, Page 3 of 9. Only where a page's edge is
    /// known (a PDF's running head or foot): elsewhere a bare 3 or 3/9 is a value.
    /// </summary>
    public static bool IsPageNumber(ReadOnlySpan<char> text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    /// <summary>A page number that names itself (第…页, 共…页, Page …): a paged export's foot wherever it stands, never a cell.</summary>
    public static bool IsNamedPageNumber(ReadOnlySpan<char> text) =>
        text.Length <= MaxLength && (text.Contains('页') || text.Contains("page", StringComparison.OrdinalIgnoreCase)) && Pattern().IsMatch(text);

    private const int MaxLength = 40;

    [GeneratedRegex(@"^[-—–\s]*(第\s*|Page\s*)?\d{1,4}\s*(页)?\s*[，,、;；]?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页|of\s*\d{1,4})?[-—–\s]*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Pattern();
}
