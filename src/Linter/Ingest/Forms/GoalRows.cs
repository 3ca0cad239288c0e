using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// A goal written over several rows under one merged label cell (年度履职目标 | 目标一：… / | 目标二：…): each
/// row right under the goal's whose label cell is blank and whose one cell is text goes on with the goal.
/// </summary>
internal sealed class GoalRows(Goals goals)
{
    /// <summary>
    /// A goal longer than this is not continued: a form's goal is some hundreds of characters, and each line joined copies
    /// the goal so far, so thousands of copied lines under one goal (damage) cost the square of their length.
    /// </summary>
    private const int MaxGoalChars = 5000;

    /// <summary>The goal read last and the row it ends on.</summary>
    private (GoalField Goal, int Row)? _last;

    /// <summary>Notes the field row <paramref name="row"/> set: a goal that took <paramref name="value"/> (not one set before) may go on.</summary>
    public void Read(Cell label, Cell value, int row) =>
        _last = Vocabulary.Current.GoalOf(label.Text) is { } goal && Get(goal)?.At == value.At ? (goal, row) : null;

    /// <summary>Adds row <paramref name="i"/> to the goal above when it goes on with it; false when it does not.</summary>
    public bool Continue(Row row, int i)
    {
        if (_last is not { } last || last.Row != i - 1 || Line(row) is not { } more || Get(last.Goal) is not { } goal || goal.Text.Length > MaxGoalChars)
        {
            return false;
        }

        Set(last.Goal, goal with { Text = CellText.JoinWrapped([goal.Text, more.Text]) });
        _last = (last.Goal, i);
        return true;
    }

    /// <summary>A row that only goes on with the text above: its label cell blank, one cell of text after it.</summary>
    private static Cell? Line(Row row) =>
        row.Cells.Count >= 2 && row.Cells[0].IsBlank && row.Only is { } only && !FieldCells.IsLabel(only.Text) && !GridNumbers.IsNumberLike(only.Text) ? only : null;

    private TextField? Get(GoalField goal) => goal switch
    {
        GoalField.CycleGoal => goals.CycleGoal,
        GoalField.AnnualGoal => goals.AnnualGoal,
        GoalField.ExpectedGoal => goals.ExpectedGoal,
        _ => goals.ActualOutcome,
    };

    private void Set(GoalField goal, TextField text)
    {
        switch (goal)
        {
            case GoalField.CycleGoal: goals.CycleGoal = text; break;
            case GoalField.AnnualGoal: goals.AnnualGoal = text; break;
            case GoalField.ExpectedGoal: goals.ExpectedGoal = text; break;
            default: goals.ActualOutcome = text; break;
        }
    }
}
