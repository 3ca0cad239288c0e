using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// A 部门整体 table's 年度主要任务 block (<see cref="PerformanceTable.Tasks"/>): a row naming 任务名称 and 预算金额
/// (split into 总额 | 财政拨款 | 其他资金 in it or in the row under it), a task per row under it read by
/// column, up to the 金额合计 line. Amounts are in the unit the 预算金额 label states, else the block's.
/// </summary>
internal sealed class TaskBlock(PerformanceTable table, IngestContext context)
{
    private Dictionary<TaskColumn, int>? _columns;
    private string _unit = "元";

    /// <summary>Reads the block's rows at <paramref name="i"/>; true when it took the row (<paramref name="i"/> moves past a second header row).</summary>
    public bool Read(IReadOnlyList<Row> rows, ref int i, int to, string unit)
    {
        var row = rows[i];
        if (_columns is null)
        {
            return Open(rows, ref i, to, unit);
        }

        var columns = _columns;
        var total = row.Cells.FirstOrDefault(c => c.Text.Length <= 10 && Vocabulary.Current.TaskColumnOf(c.Text) == TaskColumn.Total);
        var name = total ?? At(row, columns, TaskColumn.TaskName);
        if (name is null || Ends(row, columns))
        {
            _columns = null;
            return false;
        }

        var task = new DepartmentTask(
            GridText.Field(name),
            total is null && At(row, columns, TaskColumn.Content) is { } content ? GridText.Field(content) : null,
            Amount(row, columns, TaskColumn.Budget),
            Amount(row, columns, TaskColumn.FiscalFunds),
            Amount(row, columns, TaskColumn.OtherFunds));
        if (total is null)
        {
            table.Tasks!.Lines.Add(task);
        }
        else
        {
            table.Tasks!.Total = task;
            _columns = null;
        }

        return true;
    }

    private bool Open(IReadOnlyList<Row> rows, ref int i, int to, string unit)
    {
        if (Columns(rows[i]) is not { } columns || !columns.ContainsKey(TaskColumn.TaskName) || !columns.ContainsKey(TaskColumn.Budget))
        {
            return false;
        }

        _unit = Money.UnitIn(rows[i].Cells[columns[TaskColumn.Budget]].Text) ?? unit;
        if (i + 1 < to && Columns(rows[i + 1]) is { } under && !under.ContainsKey(TaskColumn.TaskName))
        {
            foreach (var (column, at) in under)
            {
                columns[column] = at;
            }

            i++;
        }

        (_columns, table.Tasks) = (columns, table.Tasks ?? new DepartmentTasks());
        return true;
    }

    /// <summary>
    /// A row that starts another part of the form (年度总体目标, 年度绩效指标 …) ends the block. A header label
    /// ends it only on a row that is no task: inside the block a row with an amount in the budget column is a
    /// task whatever it is called (基本支出 | 保障机关运转 | 300 names a task, not the budget's split).
    /// </summary>
    private static bool Ends(Row row, Dictionary<TaskColumn, int> columns)
    {
        if (row.Cells.FirstOrDefault() is not { IsBlank: false } first || first.Text.Length > 30)
        {
            return false;
        }

        var vocabulary = Vocabulary.Current;
        return vocabulary.GoalOf(first.Text) is not null || vocabulary.ColumnOf(first.Text) is not null
            || (vocabulary.HeaderFieldOf(first.Text) is not null && !HasBudget(row, columns));
    }

    private static bool HasBudget(Row row, Dictionary<TaskColumn, int> columns) =>
        At(row, columns, TaskColumn.Budget) is { } budget && GridNumbers.IsNumberLike(budget.Text.Trim());

    /// <summary>The task columns a row names, by cell position.</summary>
    private static Dictionary<TaskColumn, int>? Columns(Row row)
    {
        var columns = new Dictionary<TaskColumn, int>();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (row.Cells[c].Text.Length is > 0 and <= 20 && Vocabulary.Current.TaskColumnOf(row.Cells[c].Text) is { } column and not TaskColumn.Total)
            {
                columns.TryAdd(column, c);
            }
        }

        return columns.Count > 0 ? columns : null;
    }

    private static Cell? At(Row row, Dictionary<TaskColumn, int> columns, TaskColumn column) =>
        columns.TryGetValue(column, out var c) && c < row.Cells.Count && !row.Cells[c].IsBlank ? row.Cells[c] : null;

    private MoneyField? Amount(Row row, Dictionary<TaskColumn, int> columns, TaskColumn column) =>
        At(row, columns, column) is { } cell ? GridNumbers.Money(cell, _unit, context) : null;
}
