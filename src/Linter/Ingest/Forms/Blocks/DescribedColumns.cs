namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Where each column of an indicator table that describes its indicators sits (一级指标, 二级指标,
/// 三级指标, 绩效指标描述, 指标值, 指标值确定依据, and the 计算符号 and 计量单位 some forms split off the
/// value), found by the engine's header matcher (<see cref="FormColumns"/>); -1 where the form lacks a column.
/// </summary>
internal sealed record DescribedColumns(int Level1, int Level2, int Name, int Description, int Value, int Basis, int Comparator, int Unit)
{
    /// <summary>Header cells are short; longer text is content.</summary>
    private const int MaxHeaderCell = 30;

    /// <summary>The right-most column the form declares.</summary>
    public int Last => new[] { Level1, Level2, Name, Description, Value, Basis, Comparator, Unit }.Max();

    /// <summary>The columns of a header row, or null when the row is not one (it needs at least 一级指标 and 三级指标).</summary>
    public static DescribedColumns? FromHeader(Row row)
    {
        var roles = new ColumnRole?[row.Cells.Count];
        var level1 = false;
        for (var i = 0; i < roles.Length; i++)
        {
            var text = row.Cells[i].Text;
            roles[i] = text.Length <= MaxHeaderCell ? Vocabulary.Current.ColumnOf(text) : null;
            level1 |= roles[i] == ColumnRole.Level1;
        }

        if (!level1 || FormColumns.FromRoles(roles, [], inferred: false) is not { } columns)
        {
            return null;
        }

        var description = columns.IndexOf(ColumnRole.Description);
        return new DescribedColumns(
            columns.IndexOf(ColumnRole.Level1),
            columns.IndexOf(ColumnRole.Level2),
            columns.IndexOf(ColumnRole.Name),
            description >= 0 ? description : columns.IndexOf(ColumnRole.Explanation),
            columns.IndexOf(ColumnRole.AnnualValue),
            columns.IndexOf(ColumnRole.Basis),
            columns.IndexOf(ColumnRole.Comparator),
            columns.IndexOf(ColumnRole.Unit));
    }
}
