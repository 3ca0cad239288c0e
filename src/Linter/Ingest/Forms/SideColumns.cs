namespace GoalLint.Ingest.Forms;

/// <summary>
/// A 申报表's cycle and year printed side by side as columns, their labels in one row (or on
/// consecutive lines when every cell is a line) and their values under them: 实施期目标 | 年度目标
/// over the two goals, 实施期资金总额 | 年度资金总额 over amount rows (资金总额 | 3600 | 1250, 其中：财政拨款 |
/// 3300 | 1150). The year's value is the field; the cycle's goes where the cycle is kept, so a
/// 实施期 amount is never read as the budget.
/// </summary>
internal sealed class SideColumns(Action<Cell, Cell> setYear, Action<Cell, Cell> setCycle)
{
    /// <summary>
    /// Lines one side-by-side group spans when every cell is a line: a group label, the two labels or
    /// values, blank lines between. Looking no further keeps a file of thousands of label lines linear.
    /// </summary>
    private const int MaxRunLines = 8;

    private enum Family { Goals, Money }

    private (Family Family, Cell Cycle, Cell Year, bool CycleFirst)? _open;

    /// <summary>Reads the side-by-side labels or values at row <paramref name="i"/>; true when it took the row (<paramref name="i"/> moves past what it took).</summary>
    public bool Read(IReadOnlyList<Row> rows, ref int i, int to)
    {
        var cells = Filled(rows[i]);
        if (Labels(cells) is { } labels)
        {
            _open = labels;
            return true;
        }

        if (cells.Length == 1 && IsLabel(cells[0]) && LoneLabels(rows, i, to) is { } run)
        {
            _open = run.Labels;
            i = run.Last;
            return true;
        }

        return _open is { } open && (open.Family == Family.Goals ? Goals(rows, ref i, to, open) : Amount(rows, ref i, to, open));
    }

    private bool Goals(IReadOnlyList<Row> rows, ref int i, int to, (Family, Cell Cycle, Cell Year, bool CycleFirst) open)
    {
        _open = null;
        var cells = Filled(rows[i]);
        // The row's own label before the two goals (总体目标 | 中期的 | 年度的, under 中期目标 | 年度目标) names the row, not a third column.
        cells = cells.Length == 3 && Vocabulary.Current.GoalOf(cells[0].Text) is not null ? cells[1..] : cells;
        if (Values(rows, i, to, cells, startsValues: cells.Length == 1) is not { } values)
        {
            return false;
        }

        Place(open, values.Cells);
        i = values.Last;
        return true;
    }

    private bool Amount(IReadOnlyList<Row> rows, ref int i, int to, (Family, Cell Cycle, Cell Year, bool CycleFirst) open)
    {
        var cells = Filled(rows[i]);
        var at = Array.FindIndex(cells, c => FamilyOf(c) == Family.Money);
        if (at is < 0 or > 1 || Values(rows, i, to, cells[(at + 1)..], startsValues: false) is not { } values)
        {
            _open = null;
            return false;
        }

        var label = cells[at];
        Place(open with { Cycle = label with { Text = open.Cycle.Text + " " + label.Text }, Year = label }, values.Cells);
        i = values.Last;
        return true;
    }

    /// <summary>
    /// The two values of the columns: two cells of the row, or, when every cell is a line, the
    /// next lines (<paramref name="startsValues"/>: the row's one cell is the first value).
    /// </summary>
    private static (Cell[] Cells, int Last)? Values(IReadOnlyList<Row> rows, int i, int to, Cell[] rest, bool startsValues)
    {
        if (rest.Any(IsLabel) || rest.Length > 2 || (rest.Length == 1 && !startsValues))
        {
            return null;
        }

        if (rest.Length == 2)
        {
            return (rest, i);
        }

        var lines = new List<Cell>(rest);
        var j = i + 1;
        for (; j < Math.Min(to, i + MaxRunLines) && lines.Count < 2; j++)
        {
            var next = Filled(rows[j]);
            if (next.Length == 0)
            {
                continue;
            }

            if (next.Length != 1 || IsLabel(next[0]))
            {
                return null;
            }

            lines.Add(next[0]);
        }

        return lines.Count == 2 ? ([.. lines], j - 1) : null;
    }

    private void Place((Family, Cell Cycle, Cell Year, bool CycleFirst) open, Cell[] values)
    {
        var (cycle, year) = open.CycleFirst ? (values[0], values[1]) : (values[1], values[0]);
        setCycle(open.Cycle, cycle);
        setYear(open.Year, year);
    }

    /// <summary>A row of labels only, holding a cycle label and a year label of one family (a leading group label such as 总体目标 or 项目资金（万元） may stand before them).</summary>
    private static (Family, Cell, Cell, bool)? Labels(Cell[] cells) =>
        cells.Length >= 2 && cells.All(c => IsLabel(c) || Money.UnitIn(c.Text) is not null) ? Pair(cells) : null;

    /// <summary>Consecutive lines of one label each (实施周期资金总额 / 年度资金总额, 总体目标 / 实施周期目标 / 年度目标), up to the first cycle and year pair.</summary>
    private static ((Family, Cell, Cell, bool) Labels, int Last)? LoneLabels(IReadOnlyList<Row> rows, int i, int to)
    {
        Cell? previous = null;
        for (var j = i; j < Math.Min(to, i + MaxRunLines); j++)
        {
            var cells = Filled(rows[j]);
            if (cells.Length == 0)
            {
                continue;
            }

            if (cells.Length != 1 || !IsLabel(cells[0]))
            {
                return null;
            }

            if (previous is not null && Pair([previous, cells[0]]) is { } pair)
            {
                return (pair, j);
            }

            previous = cells[0];
        }

        return null;
    }

    /// <summary>The last cycle label and the year label beside it, when both are of one family.</summary>
    private static (Family, Cell, Cell, bool)? Pair(Cell[] cells)
    {
        for (var k = cells.Length - 2; k >= 0; k--)
        {
            var (a, b) = (cells[k], cells[k + 1]);
            if (FamilyOf(a) is { } family && family == FamilyOf(b) && Kind(a) is { } first && Kind(b) is { } second && first != second)
            {
                return first ? (family, a, b, true) : (family, b, a, false);
            }
        }

        return null;
    }

    private static Cell[] Filled(Row row) => [.. row.Filled];

    private static bool IsLabel(Cell cell) => cell.Text.Length <= 30 && FamilyOf(cell) is not null;

    private static Family? FamilyOf(Cell cell) =>
        Vocabulary.Current.GoalOf(cell.Text) is GoalField.CycleGoal or GoalField.AnnualGoal ? Family.Goals
        : Vocabulary.Current.HeaderFieldOf(cell.Text) is { } field && HeaderFieldMap.HoldsAmount(field) ? Family.Money
        : null;

    /// <summary>True for a cycle column, false for a year column, null for a label that is neither (财政拨款).</summary>
    private static bool? Kind(Cell cell) =>
        Vocabulary.Current.GoalOf(cell.Text) switch
        {
            GoalField.CycleGoal => true,
            GoalField.AnnualGoal => false,
            _ => Vocabulary.Current.HeaderFieldOf(cell.Text) switch
            {
                HeaderField.CycleBudget => true,
                HeaderField.Budget => false,
                _ => null,
            },
        };
}
