using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Goals printed under two column labels (预期目标 | 实际完成情况): each column's text over the rows
/// below, joined as one wrapped field.
/// </summary>
internal sealed class GoalColumnsBlock(PerformanceTable table) : IFormBlock
{
    private readonly WrappedField _expected = new();
    private readonly WrappedField _actual = new();
    private (int Expected, int Actual) _columns;

    public bool Opens(Row row)
    {
        var labels = row.Cells.Select(c => LabelText.Key(c.Text)).ToList();
        var expected = labels.FindIndex(l => Vocabulary.Current.GoalOf(l) == GoalField.ExpectedGoal);
        var actual = labels.FindIndex(l => Vocabulary.Current.GoalOf(l) == GoalField.ActualOutcome);
        if (expected < 0 || actual <= expected)
        {
            return false;
        }

        _columns = (expected, actual);
        return true;
    }

    public bool Read(Row row)
    {
        _expected.AddRange(GridText.Fields(row.Cells.Take(_columns.Actual).Skip(_columns.Expected)));
        _actual.AddRange(GridText.Fields(row.Cells.Skip(Math.Max(_columns.Actual, _columns.Expected))));
        return true;
    }

    public void Finish()
    {
        table.Goals.ExpectedGoal = _expected.ToField();
        table.Goals.ActualOutcome = _actual.ToField();
    }
}
