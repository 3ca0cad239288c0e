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
            _unit = (NamesOther(row.Cells[0].Text) ? null : ColumnUnit(row)) ?? _unit;
        }

        return _unit;
    }

    /// <summary>
    /// The unit a funds table's column header states (资金来源 | 金额（万元）): a row of labels only, no figure in it and
    /// none of them a field, goal or indicator column, whose later cell names a money unit, scales the amounts under it.
    /// </summary>
    private static string? ColumnUnit(Row row)
    {
        string? unit = null;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var text = row.Cells[c].Text;
            if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.Length > 40)
            {
                return null;
            }

            unit ??= c > 0 && text.Length > 0 ? Money.UnitIn(text) : null;
        }

        return unit;
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
