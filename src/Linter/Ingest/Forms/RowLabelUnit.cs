namespace GoalLint.Ingest.Forms;

/// <summary>
/// The money unit a row's own label states (项目资金（万元） | 年度资金总额 | 480): it scales the
/// amounts labelled in that row and in the rows below that leave the label's cell blank (a
/// merged cell), until a row starts with another label.
/// </summary>
internal sealed class RowLabelUnit
{
    private string? _unit;

    /// <summary>The unit for <paramref name="row"/>'s amounts, or null when its label states none.</summary>
    public string? Of(Row row)
    {
        if (row.Cells.Count > 0 && !row.Cells[0].IsBlank)
        {
            _unit = row.Cells[0].Text.Length <= 40 ? Money.UnitIn(row.Cells[0].Text) : null;
        }

        return _unit;
    }
}
