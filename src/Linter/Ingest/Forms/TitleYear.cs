using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The budget year a table's own title states (2025年度项目支出绩效目标表, 上海市某区2025年度预算项目…表), for a
/// table no label gave one: only a title that names a form (<see cref="PerformanceTable.FormKind"/>) and a
/// single year, not a span (2024-2026年).
/// </summary>
internal static partial class TitleYear
{
    public static void Set(PerformanceTable table)
    {
        if (table is { Header.BudgetYear: null, FormKind: not null, Title: { Text.Length: <= MaxTitleChars } title } && Pattern().Match(title.Text) is { Success: true } m)
        {
            table.Header.BudgetYear = new NumberField(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[1].Value, title.At);
        }
    }

    /// <summary>
    /// A title is a line; a longer "title" is a cell that ran on, and names no form's year. Capped,
    /// the pattern's look-ahead (quadratic in the text at worst) takes microseconds, so it runs
    /// without a wall-clock time-out: a 1 s one fired in a 100k run when a collection paused the
    /// thread mid-match, and the exception ended the run.
    /// </summary>
    private const int MaxTitleChars = 200;

    [GeneratedRegex(@"^\D{0,20}?((?:19|20)\d{2})\s*年(?!\s*[-—–~至到])(?!.*(?:19|20)\d{2}\s*年)", RegexOptions.None)]
    private static partial Regex Pattern();
}
