using GoalLint.Ingest.Layouts.Common;

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
        var labels = row.Cells.Select(c => LabelText.Key(c.Text)).ToList();
        var level1 = labels.IndexOf("一级指标");
        var name = labels.IndexOf("三级指标");
        if (level1 < 0 || name < 0)
        {
            return null;
        }

        return new HebeiColumns(
            level1,
            labels.IndexOf("二级指标"),
            name,
            labels.FindIndex(l => l is "绩效指标描述" or "指标描述" or "指标解释"),
            labels.FindIndex(l => l is "指标值" or "年度指标值" or "指标值（年度）"),
            labels.FindIndex(l => l.Contains("确定依据", StringComparison.Ordinal)));
    }
}
