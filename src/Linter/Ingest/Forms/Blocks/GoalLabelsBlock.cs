using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Goals under their own labels (总体绩效目标 | 实施周期总目标, then | 2023年度目标): the text after a
/// goal label and on the rows below it, up to the next goal label, belongs to that goal. A row
/// holding a header field label is no goal text.
/// </summary>
internal sealed class GoalLabelsBlock(PerformanceTable table) : IFormBlock
{
    /// <summary>The merged section cell some exports repeat beside goal text.</summary>
    private static readonly string[] SectionLabels = ["总体绩效目标", "绩效目标", "项目绩效目标"];

    private WrappedField? _cycle;
    private WrappedField? _annual;
    private WrappedField? _open;

    /// <summary>
    /// Opens the goal a label on the row names, with the text after it; a second goal label on the row (实施周期总目标 | … |
    /// 年度目标 | …, the two goals side by side) opens its goal there, so each text goes to the label before it.
    /// </summary>
    public bool Opens(Row row)
    {
        var opened = false;
        foreach (var cell in row.Filled)
        {
            var goal = Vocabulary.Current.GoalOf(cell.Text);
            if (goal is GoalField.CycleGoal)
            {
                _open = _cycle = new WrappedField();
                opened = true;
            }
            else if (goal is GoalField.AnnualGoal)
            {
                _open = _annual = new WrappedField();
                table.Goals.AnnualGoalLabel = GridText.Field(cell);
                opened = true;
            }
            else if (opened)
            {
                _open!.AddRange(GridText.Fields([cell]));
            }
        }

        return opened;
    }

    public bool Read(Row row)
    {
        if (_open is null || row.Filled.Any(c => HeaderFieldMap.Find(c.Text) is not null))
        {
            return false;
        }

        _open.AddRange(GridText.Fields(row.Filled.Where(c => Array.IndexOf(SectionLabels, LabelText.Key(c.Text)) < 0)));
        return true;
    }

    public void Finish()
    {
        // Goals read as side-by-side columns (FormFields) stay when this block saw no label of its own.
        table.Goals.CycleGoal = _cycle?.ToField() ?? table.Goals.CycleGoal;
        table.Goals.AnnualGoal = _annual?.ToField() ?? table.Goals.AnnualGoal;
    }
}
