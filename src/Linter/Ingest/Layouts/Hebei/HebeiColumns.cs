namespace GoalLint.Ingest.Layouts.Hebei;

/// <summary>
/// Where each column of the 河北 indicator table sits, read from its header row
/// (一级指标, 二级指标, 三级指标, 绩效指标描述, 指标值, 指标值确定依据); -1 when the form lacks it.
/// </summary>
internal sealed record HebeiColumns(int Level1, int Level2, int Name, int Description, int Value, int Basis)
{
    /// <summary>The right-most column the form declares.</summary>
    public int Last => new[] { Level1, Level2, Name, Description, Value, Basis }.Max();

    /// <summary>The columns of a header row, or null when the row is not one (it needs at least 一级指标 and 三级指标).</summary>
    public static HebeiColumns? FromHeader(Row row)
    {
        var roles = row.Cells.Select(c => c.Text.Length <= 30 ? Vocabulary.Current.ColumnOf(c.Text) : null).ToList();
        var level1 = roles.IndexOf(ColumnRole.Level1);
        var name = roles.IndexOf(ColumnRole.Name);
        if (level1 < 0 || name < 0)
        {
            return null;
        }

        return new HebeiColumns(
            level1,
            roles.IndexOf(ColumnRole.Level2),
            name,
            roles.FindIndex(r => r is ColumnRole.Description or ColumnRole.Explanation),
            roles.IndexOf(ColumnRole.AnnualValue),
            roles.IndexOf(ColumnRole.Basis));
    }
}
