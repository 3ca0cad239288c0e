namespace GoalLint.Ingest.Forms;

/// <summary>
/// The columns a grid row is fitted to (<see cref="IndicatorRowFitter"/>): 一级, 二级 and 三级指标 in
/// that order, then the value columns after 三级 in the header's first block. Read off the
/// header's <see cref="FormColumns"/>, so positions come from the labels, not from a fixed layout.
/// </summary>
internal sealed record IndicatorColumns(int Level1, int Level2, int Name, IReadOnlyList<FormColumn> Values)
{
    /// <summary>The column of each reading slot: 一级, 二级, 三级, then the values in header order.</summary>
    public int[] SlotColumns { get; } = [Level1, Level2, Name, .. Values.Select(v => v.Index)];

    /// <summary>The role each reading slot reads, in <see cref="SlotColumns"/> order.</summary>
    public ColumnRole[] SlotRoles { get; } = [ColumnRole.Level1, ColumnRole.Level2, ColumnRole.Name, .. Values.Select(v => v.Role)];

    /// <summary>The fitting columns of a header, or null when it lacks 一级, 二级 and 三级 in order.</summary>
    public static IndicatorColumns? Of(FormColumns columns)
    {
        var (level1, level2, name) = (columns.IndexOf(ColumnRole.Level1), columns.IndexOf(ColumnRole.Level2), columns.IndexOf(ColumnRole.Name));
        return level1 >= 0 && level2 > level1 && name > level2 ? new IndicatorColumns(level1, level2, name, [.. columns.ValuesOf(0)]) : null;
    }
}
