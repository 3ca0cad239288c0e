namespace GoalLint.Ingest.Forms;

/// <summary>
/// The money unit a fund block's label states (项目资金（万元） | 年度资金总额 | 480, 资金情况（万元）, 资金总额（万元）
/// | 286.50 | 其中：财政拨款 | 286.50): it scales every amount of the block, in that row and the rows
/// after it, until a row starts with a label that names no amount (年度目标, 一级指标 …).
/// </summary>
internal sealed class RowLabelUnit
{
    private string? _unit;

    /// <summary>The unit for <paramref name="row"/>'s amounts, or null when its block's label states none.</summary>
    public string? Of(Row row)
    {
        if (row.Cells.Count > 0 && !row.Cells[0].IsBlank)
        {
            Label(row.Cells[0].Text);
        }

        return _unit;
    }

    /// <summary>A row's label, read from more than its first cell (项目资金 / （万元） wrapped onto two lines).</summary>
    public string? Label(string label)
    {
        if (label.Length <= 40)
        {
            _unit = Money.UnitIn(label) ?? (NamesOther(label) ? null : _unit);
        }

        return _unit;
    }

    /// <summary>A label of something other than an amount: a header field, a goal or an indicator column.</summary>
    private static bool NamesOther(string label)
    {
        var vocabulary = Vocabulary.Current;
        return vocabulary.HeaderFieldOf(label) is { } field
            ? !HeaderFieldMap.HoldsAmount(field)
            : vocabulary.GoalOf(label) is not null || vocabulary.ColumnOf(label) is not null;
    }
}
