using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Goals printed under two column labels (预期目标 | 实际完成情况, or 年度总体目标 | 实际完成情况): each column's text over
/// the rows below, joined as one wrapped field.
/// </summary>
internal sealed class GoalColumnsBlock(PerformanceTable table) : IFormBlock
{
    private readonly WrappedField _expected = new();
    private readonly WrappedField _actual = new();
    private (int Expected, int Actual) _columns;

    public bool Opens(Row row)
    {
        // A self-evaluation heads its expected column with the year's goal label as well (年度总体目标 | 实际完成情况).
        var expected = Column(row, GoalField.ExpectedGoal) is var named and >= 0 ? named : Column(row, GoalField.AnnualGoal);
        var actual = Column(row, GoalField.ActualOutcome);
        if (expected < 0 || actual <= expected)
        {
            return false;
        }

        _columns = (expected, actual);
        return true;
    }

    /// <summary>The first cell labelling <paramref name="goal"/>, or -1; a loop, since every row is asked.</summary>
    private static int Column(Row row, GoalField goal)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (Vocabulary.Current.GoalOf(row.Cells[i].Text) == goal)
            {
                return i;
            }
        }

        return -1;
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
