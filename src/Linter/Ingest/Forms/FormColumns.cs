namespace GoalLint.Ingest.Forms;

/// <summary>A column of an indicator block: where it sits, what it holds, and which side-by-side block (实施期 | 年度) it belongs to.</summary>
internal sealed record FormColumn(int Index, ColumnRole Role, int Block);

/// <summary>
/// The columns of one indicator header, found by their roles. A form that prints the frame twice
/// side by side (实施期目标 | 年度目标, each with 一级/二级/三级/指标值) has two blocks.
/// </summary>
internal sealed record FormColumns(IReadOnlyList<FormColumn> Columns, bool Inferred)
{
    /// <summary>One past the last column: a row placed under the header has this many slots.</summary>
    public int Width { get; } = Columns.Count == 0 ? 0 : Columns.Max(c => c.Index) + 1;

    /// <summary>The first column's index: cells left of it are outside the frame (<see cref="BlockCells"/>).</summary>
    public int First { get; } = Columns.Count == 0 ? 0 : Columns.Min(c => c.Index);

    /// <summary>Where each column sits, in order: what a row's cells are placed under (<see cref="RowPlacement"/>).</summary>
    public int[] Indexes { get; } = [.. Columns.Select(c => c.Index)];

    /// <summary>What each column holds, in <see cref="Indexes"/> order.</summary>
    public ColumnRole[] Roles { get; } = [.. Columns.Select(c => c.Role)];

    /// <summary>Side-by-side blocks. Width, first column and blocks are worked out once: readers ask for every row and every block.</summary>
    public int Blocks { get; } = Columns.Count == 0 ? 0 : Columns.Max(c => c.Block) + 1;

    /// <summary>
    /// The value columns of each block, worked out on first use and kept: every row of a block reads them. Not
    /// in the constructor: a header is looked for at every row, and most candidates are never read with.
    /// </summary>
    private FormColumn[][]? _values;

    /// <remarks>
    /// An indexed loop, not a lambda or a foreach over the list (each allocates): readers ask this for every row
    /// and block (a closure per call was ~2 % of a 10k run's allocations, the list's enumerator a tenth of a copied-row read's).
    /// </remarks>
    public int IndexOf(ColumnRole role, int block = 0)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Role == role && Columns[i].Block == block)
            {
                return Columns[i].Index;
            }
        }

        return -1;
    }

    public bool Has(ColumnRole role) => Array.IndexOf(Roles, role) >= 0;

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
    /// <remarks>Plain loops: a header is looked for at every row of a block, and a stream header at each row builds one of these.</remarks>
    public static FormColumns? FromRoles(IReadOnlyList<ColumnRole?> roles, IReadOnlyList<string> qualifiers, bool inferred)
    {
        var (named, framed, found) = (false, false, 0);
        for (var i = 0; i < roles.Count; i++)
        {
            found += roles[i] is null ? 0 : 1;
            named |= roles[i] == ColumnRole.Name;
            framed |= roles[i] is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.AnnualValue or ColumnRole.CycleValue or ColumnRole.ActualValue;
        }

        if (!named || found < 3 || !framed)
        {
            return null;
        }

        if (t_last is { } last && last.Inferred == inferred && Same(last.Roles, roles) && Same(last.Qualifiers, qualifiers))
        {
            return last.Columns;
        }

        var columns = new List<FormColumn>(found);
        var block = 0;
        var (level1Seen, nameSeen) = (false, false);
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not { } role)
            {
                continue;
            }

            // The frame printed again: a second 一级 (or 三级) column opens the next block.
            if (role == ColumnRole.Level1 && level1Seen || role == ColumnRole.Name && nameSeen)
            {
                block++;
                (level1Seen, nameSeen) = (false, false);
            }

            level1Seen |= role == ColumnRole.Level1;
            nameSeen |= role == ColumnRole.Name;
            columns.Add(new FormColumn(i, Qualified(role, i < qualifiers.Count ? qualifiers[i] : ""), block));
        }

        var built = new FormColumns(SideBySideValues(columns, block + 1), inferred);
        t_last = ([.. roles], [.. qualifiers], inferred, built);
        return built;
    }

    /// <summary>
    /// The last columns built on this thread, with what they were built from. A header is looked for at every row of a block,
    /// so a header line copied down it (a glued or flattened header repeated thousands of times) would build the same
    /// columns at each copy; they are immutable, so the copy gets the ones already built.
    /// </summary>
    [ThreadStatic]
    private static (ColumnRole?[] Roles, string[] Qualifiers, bool Inferred, FormColumns Columns)? t_last;

    private static bool Same<T>(T[] kept, IReadOnlyList<T> asked)
    {
        if (kept.Length != asked.Count)
        {
            return false;
        }

        for (var i = 0; i < kept.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(kept[i], asked[i]))
            {
                return false;
            }
        }

        return true;
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
    private static List<FormColumn> SideBySideValues(List<FormColumn> columns, int blocks)
    {
        for (var block = 0; block < blocks; block++)
        {
            var (first, annual, cycle) = (-1, 0, false);
            for (var k = 0; k < columns.Count; k++)
            {
                if (columns[k].Block != block)
                {
                    continue;
                }

                cycle |= columns[k].Role == ColumnRole.CycleValue;
                if (columns[k].Role == ColumnRole.AnnualValue && annual++ == 0)
                {
                    first = k;
                }
            }

            if (annual == 2 && !cycle)
            {
                columns[first] = columns[first] with { Role = ColumnRole.CycleValue };
            }
        }

        return columns;
    }
}
