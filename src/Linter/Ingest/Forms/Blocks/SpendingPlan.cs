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

    /// <summary>
    /// A plan on one row, each period with its value (资金支出计划 | 一季度末累计20% | 二季度末累计50% | … | 12月底100%), or
    /// in a cell of its own after it (资金支出计划 | 3月底 | 20% | 6月底 | 55% …): the points; a cell that is no period and
    /// percentage is reported, not guessed. False when no cell is one.
    /// </summary>
    public static bool ReadPeriods(Row row, TableHeader target, IngestContext context)
    {
        var points = PeriodCells(row.Filled.Skip(1).ToArray());
        if (!points.Any(p => p.Match.Success))
        {
            return false;
        }

        target.SpendingPlan.Clear();
        foreach (var (cell, match) in points)
        {
            if (match.Success)
            {
                var value = match.Groups["value"].Value;
                target.SpendingPlan.Add(new SpendingPlanPoint(MonthOf(match), Money.PercentPoints(value), value, cell.At));
            }
            else
            {
                context.Report("unplaced-cell", Message.Of("ingest.unplaced-cell.spending-plan-period", ("text", cell.Text)), cell.At, row.Raw);
            }
        }

        return true;
    }

    /// <summary>Each cell with its period match; a period label and the percentage in the next cell are read as one (at the value).</summary>
    private static List<(Cell Cell, Match Match)> PeriodCells(Cell[] cells)
    {
        var points = new List<(Cell, Match)>(cells.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            var match = PeriodValue().Match(LabelText.Key(cells[i].Text));
            if (!match.Success && i + 1 < cells.Length && PeriodValue().Match(LabelText.Key(cells[i].Text) + LabelText.Key(cells[i + 1].Text)) is { Success: true } pair)
            {
                (match, i) = (pair, i + 1);
            }

            points.Add((cells[i], match));
        }

        return points;
    }

    /// <summary>The month a period ends in: N月底/末, the Nth 季度末, 上半年/年中, 全年/年底/年末.</summary>
    private static int MonthOf(Match period) =>
        period.Groups["month"].Success ? int.Parse(period.Groups["month"].Value, CultureInfo.InvariantCulture)
        : period.Groups["quarter"].Success ? 3 * ("一二三四".IndexOf(period.Groups["quarter"].Value[0], StringComparison.Ordinal) + 1)
        : period.Groups["half"].Success ? 6
        : 12;

    [GeneratedRegex(@"^(\d{1,2})月(底|末)?$")]
    private static partial Regex MonthLabel();

    [GeneratedRegex(@"^(截至|截止|至)?(?:(?<month>\d{1,2})月(底|末)?|第?(?<quarter>[一二三四])季度(末|底)?|(?<half>上半年|年中)|(?<year>全年|年底|年末))(累计)?(支出|完成|执行)?(比例|进度)?[:：]?(?<value>\d+(\.\d+)?[%％])$")]
    private static partial Regex PeriodValue();
}
