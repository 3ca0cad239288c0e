using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Shared.Messages;
using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// The 资金支出计划（%） block: a row of month labels (3月底, 6月底, 10月底, 12月底) and under it a
/// row of cumulative percentages. Exports move the columns about, so each value is matched to the
/// month label in the same column, never to a fixed position.
/// </summary>
internal sealed partial class SpendingPlan
{
    private readonly List<(int Column, int Month, Cell Label)> _months = [];

    private SpendingPlan(Row header)
    {
        for (var i = 1; i < header.Cells.Count; i++)
        {
            var match = MonthLabel().Match(LabelText.Key(header.Cells[i].Text));
            if (match.Success)
            {
                _months.Add((i, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), header.Cells[i]));
            }
        }
    }

    public static bool IsHeader(Row row) => LabelText.Key(row[0]).StartsWith("资金支出计划", StringComparison.Ordinal);

    /// <summary>Declares the months of <paramref name="header"/> with no value yet; the values row fills them.</summary>
    public static SpendingPlan Declare(Row header, TableHeader target)
    {
        var plan = new SpendingPlan(header);
        target.SpendingPlan.Clear();
        target.SpendingPlan.AddRange(plan._months.Select(m => new SpendingPlanPoint(m.Month, null, "", m.Label.At)));
        return plan;
    }

    /// <summary>Reads the percentages row; a value under no month label is reported, not guessed.</summary>
    public void Fill(Row values, TableHeader target, IngestContext context)
    {
        target.SpendingPlan.Clear();
        foreach (var (column, month, label) in _months)
        {
            var cell = column < values.Cells.Count ? values.Cells[column] : null;
            var raw = cell is null ? "" : WrapSpaces.Remove(cell.Text);
            target.SpendingPlan.Add(new SpendingPlanPoint(month, Money.PercentPoints(raw), raw, raw.Length > 0 ? cell!.At : label.At));
        }

        var declared = _months.Select(m => m.Column).ToHashSet();
        foreach (var (cell, column) in values.Cells.Select((c, i) => (c, i)).Where(x => !x.c.IsBlank && !declared.Contains(x.i)))
        {
            context.Report("unplaced-cell", Message.Of("ingest.unplaced-cell.spending-plan", ("text", cell.Text), ("column", column + 1)), cell.At, values.Raw);
        }
    }

    [GeneratedRegex(@"^(\d{1,2})月(底|末)?$")]
    private static partial Regex MonthLabel();
}
