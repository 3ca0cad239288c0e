using GoalLint.Ingest.Layouts.Common;

namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>What a value column may hold: free text (指标值) or a number (分值, 得分).</summary>
internal enum CellKind
{
    Text,
    Number,
}

/// <summary>A value column a layout expects after 三级指标, recognised by its squeezed header label.</summary>
internal sealed record ValueColumn(string Name, CellKind Kind, Func<string, bool> IsHeader);

/// <summary>
/// Where the indicator columns sit, read from the header row (一级指标 | 二级指标 | 三级指标 | values…).
/// Positions come from the labels, not from a fixed layout, so an extra or missing column still reads.
/// </summary>
internal sealed record IndicatorColumns(int Level1, int Level2, int Name, IReadOnlyList<(ValueColumn Spec, int Column)> Values)
{
    /// <summary>The column of each reading slot: 一级, 二级, 三级, then the values in header order.</summary>
    public int[] SlotColumns { get; } = [Level1, Level2, Name, .. Values.Select(v => v.Column)];

    /// <summary>The columns of <paramref name="header"/>, or null when it is not an indicator header row.</summary>
    public static IndicatorColumns? Find(Row header, IReadOnlyList<ValueColumn> values)
    {
        var roles = header.Cells.Select(c => c.Text.Length > 0 && c.Text.Length <= 30 ? Vocabulary.Current.ColumnOf(c.Text) : null).ToArray();
        var level1 = Array.IndexOf(roles, ColumnRole.Level1);
        var level2 = Array.IndexOf(roles, ColumnRole.Level2);
        var name = Array.IndexOf(roles, ColumnRole.Name);
        if (level1 < 0 || level2 <= level1 || name <= level2)
        {
            return null;
        }

        var labels = header.Cells.Select(c => LabelText.Key(c.Text)).ToArray();

        var found = new List<(ValueColumn, int)>();
        foreach (var spec in values)
        {
            var column = Enumerable.Range(name + 1, Math.Max(0, labels.Length - name - 1))
                .FirstOrDefault(i => spec.IsHeader(labels[i]) && found.All(f => f.Item2 != i), -1);
            if (column >= 0)
            {
                found.Add((spec, column));
            }
        }

        return new IndicatorColumns(level1, level2, name, found);
    }

    /// <summary>Whether <paramref name="row"/> is an indicator header row (一级指标, 二级指标, 三级指标 in order).</summary>
    public static bool IsHeader(Row row) => Find(row, []) is not null;
}
