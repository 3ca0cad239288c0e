using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// A line that states only the year a form is for, as forms print it under their title:
/// （2025年度）, (2025年), 【2025年度】, 2025年度. Its year is the table's budget year.
/// </summary>
internal static partial class YearLine
{
    public static NumberField? Of(Cell cell)
    {
        if (cell.Text.Length > 20)
        {
            return null;
        }

        var match = Line().Match(CellText.FoldWidth(CellText.Squeeze(cell.Text)));
        return match.Success ? new NumberField(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), cell.Text, cell.At) : null;
    }

    [GeneratedRegex(@"^[(\[【]?((?:19|20)\d{2})年度?[)\]】]?$", RegexOptions.NonBacktracking)]
    private static partial Regex Line();
}
