namespace GoalLint.Ingest.Forms;

/// <summary>A column of an indicator block: where it sits, what it holds, and which side-by-side block (实施期 | 年度) it belongs to.</summary>
internal sealed record FormColumn(int Index, ColumnRole Role, int Block);

/// <summary>
/// The columns of one indicator header, found by their roles. A form that prints the frame twice
/// side by side (实施期目标 | 年度目标, each with 一级/二级/三级/指标值) has two blocks.
/// </summary>
internal sealed record FormColumns(IReadOnlyList<FormColumn> Columns, bool Inferred)
{
    public int Width => Columns.Count == 0 ? 0 : Columns.Max(c => c.Index) + 1;

    /// <summary>Where each column sits, in order: what a row's cells are placed under (<see cref="RowPlacement"/>).</summary>
    public int[] Indexes { get; } = [.. Columns.Select(c => c.Index)];

    /// <summary>What each column holds, in <see cref="Indexes"/> order.</summary>
    public ColumnRole[] Roles { get; } = [.. Columns.Select(c => c.Role)];

    public int Blocks => Columns.Count == 0 ? 0 : Columns.Max(c => c.Block) + 1;

    /// <summary>
    /// The value columns of each block, worked out on first use and kept: every row of a block reads them. Not
    /// in the constructor: a header is looked for at every row, and most candidates are never read with.
    /// </summary>
    private FormColumn[][]? _values;

    /// <remarks>A loop, not a lambda over the columns: readers ask this for every row (a closure per call was ~2 % of a 10k run's allocations).</remarks>
    public int IndexOf(ColumnRole role, int block = 0)
    {
        foreach (var column in Columns)
        {
            if (column.Role == role && column.Block == block)
            {
                return column.Index;
            }
        }

        return -1;
    }

    public bool Has(ColumnRole role) => Columns.Any(c => c.Role == role);

    /// <summary>The columns of a block after its 三级指标, in order.</summary>
    public IReadOnlyList<FormColumn> ValuesOf(int block) => (_values ??= ValuesByBlock(Columns)) is var values && block < values.Length ? values[block] : [];

    private static FormColumn[][] ValuesByBlock(IReadOnlyList<FormColumn> columns)
    {
        var blocks = columns.Count == 0 ? 0 : columns.Max(c => c.Block) + 1;
        var values = new FormColumn[blocks][];
        for (var block = 0; block < blocks; block++)
        {
            var name = columns.FirstOrDefault(c => c.Role == ColumnRole.Name && c.Block == block)?.Index ?? -1;
            values[block] = [.. columns.Where(c => c.Block == block && c.Index > name)];
        }

        return values;
    }

    /// <summary>Roles read off header cells (null where a cell names none); null when they do not make an indicator header.</summary>
    public static FormColumns? FromRoles(IReadOnlyList<ColumnRole?> roles, IReadOnlyList<string> qualifiers, bool inferred)
    {
        if (!roles.Contains(ColumnRole.Name) || roles.Count(r => r is not null) < 3
            || !roles.Any(r => r is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.AnnualValue or ColumnRole.CycleValue or ColumnRole.ActualValue))
        {
            return null;
        }

        var columns = new List<FormColumn>();
        var block = 0;
        var seen = new HashSet<ColumnRole>();
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not { } role)
            {
                continue;
            }

            // The frame printed again: a second 一级 (or 三级) column opens the next block.
            if (role is ColumnRole.Level1 or ColumnRole.Name && seen.Contains(role))
            {
                block++;
                seen.Clear();
            }

            seen.Add(role);
            columns.Add(new FormColumn(i, Qualified(role, i < qualifiers.Count ? qualifiers[i] : ""), block));
        }

        return new FormColumns(SideBySideValues(columns), inferred);
    }

    /// <summary>A plain value column under 实施期/中期/长期 holds the cycle's target.</summary>
    private static ColumnRole Qualified(ColumnRole role, string qualifier) =>
        role == ColumnRole.AnnualValue && IsCycleWord(qualifier) ? ColumnRole.CycleValue : role;

    public static bool IsCycleWord(string text) =>
        text.Contains("实施期", StringComparison.Ordinal) || text.Contains("周期", StringComparison.Ordinal)
        || text.Contains("中期", StringComparison.Ordinal) || text.Contains("长期", StringComparison.Ordinal) || text.Contains("整体", StringComparison.Ordinal);

    /// <summary>
    /// Two plain 指标值 columns in one block (实施期 | 年度 printed in a row above that was not
    /// read): the first is the cycle's, the second the year's, as the forms print them.
    /// </summary>
    private static List<FormColumn> SideBySideValues(List<FormColumn> columns)
    {
        foreach (var block in columns.GroupBy(c => c.Block))
        {
            var annual = block.Where(c => c.Role == ColumnRole.AnnualValue).ToList();
            if (annual.Count == 2 && !block.Any(c => c.Role == ColumnRole.CycleValue))
            {
                columns[columns.IndexOf(annual[0])] = annual[0] with { Role = ColumnRole.CycleValue };
            }
        }

        return columns;
    }
}
