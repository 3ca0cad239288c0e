using GoalLint.Shared.Messages;
using ExcelDataReader;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// One worksheet as display text: every cell formatted the way Excel shows it, hidden rows
/// and hidden columns kept and reported. A merged block keeps its text in its top-left cell and leaves the cells
/// it covers empty, which is how the budget systems' text export shows it and what every grid
/// reader expects: a 一级指标 stated once carries down to the rows below it. (Repeating the
/// label on each row made the readers see a new slot or a shifted row on every line.)
/// </summary>
internal sealed class SheetGrid
{
    /// <summary>Consecutive empty rows after which the rest of a sheet is not read.</summary>
    public const int MaxEmptyRows = 10_000;

    private readonly List<string[]> _cells = [];
    private readonly List<int> _hiddenRows = [];

    /// <summary>Per column looked at: whether it is hidden; and per hidden column that holds text, the first row where it does.</summary>
    private readonly List<bool> _hiddenColumns = [];
    private readonly SortedDictionary<int, int> _hiddenText = [];

    /// <summary>The 1-based sheet columns that are hidden and hold text.</summary>
    public IEnumerable<int> HiddenColumns => _hiddenText.Keys.Select(c => c + 1);

    private SheetGrid(string name) => Name = name;

    public string Name { get; }

    public int RowCount => _cells.Count;

    /// <summary>Reads the sheet the reader is on, at most <paramref name="maxRows"/> rows.</summary>
    public static SheetGrid Read(IExcelDataReader reader, int maxRows, IngestLimits limits, IngestContext context)
    {
        var grid = new SheetGrid(reader.Name);
        if (reader.VisibleState is { } state && !state.Equals("visible", StringComparison.OrdinalIgnoreCase))
        {
            context.Report("hidden-sheet", Message.Of("ingest.hidden-sheet", ("sheet", reader.Name)), new SourceLocation(1, 1, reader.Name, "A1"));
        }

        // Work follows the cells met, not the sheet's declared size: an empty row costs a look at
        // the columns read and nothing else, the columns past the cap are looked at only on rows
        // with text, and a run of empty rows ends the sheet (one cell at XFD1048576 once made
        // every row of the sheet cost 16,384 cells).
        var wide = false;
        var emptyRun = 0;
        while (grid._cells.Count < maxRows && reader.Read())
        {
            var width = Math.Min(reader.FieldCount, limits.MaxColumns);
            var used = width;
            while (used > 0 && reader.GetValue(used - 1) is null)
            {
                used--;
            }

            if (used == 0)
            {
                if (++emptyRun == MaxEmptyRows)
                {
                    context.Report("sparse-sheet", Message.Of("ingest.sparse-sheet", ("sheet", grid.Name), ("count", MaxEmptyRows), ("row", reader.Depth - MaxEmptyRows + 2)), grid.At(reader.Depth, 0));
                    break;
                }

                continue;
            }

            wide |= !wide && reader.FieldCount > limits.MaxColumns && Enumerable.Range(limits.MaxColumns, reader.FieldCount - limits.MaxColumns).Any(i => reader.GetValue(i) is not null);
            emptyRun = 0;
            while (grid._cells.Count < reader.Depth && grid._cells.Count < maxRows)
            {
                grid._cells.Add([]);
            }

            var cells = new string[used];
            for (var c = 0; c < used; c++)
            {
                cells[c] = reader.GetValue(c) is not { } value ? "" : GridCells.Cap(CellFormatter.Format(value, reader.GetNumberFormatString(c)), grid.At(grid._cells.Count, c), limits, context);
                if (cells[c].Length > 0 && grid.IsHidden(reader, c))
                {
                    grid._hiddenText.TryAdd(c, grid._cells.Count);
                }
            }

            if (reader.RowHeight == 0 && cells.Any(t => t.Length > 0))
            {
                grid._hiddenRows.Add(grid._cells.Count);
            }

            grid._cells.Add(Trim(cells));
        }

        if (wide)
        {
            context.Report("too-many-columns", Message.Of("ingest.too-many-columns.sheet", ("sheet", grid.Name), ("column", CellReference.ColumnName(limits.MaxColumns - 1)), ("cap", limits.MaxColumns)), grid.At(0, limits.MaxColumns));
        }

        grid.ReportHiddenRows(context);
        grid.ReportHiddenColumns(context);
        while (grid._cells.Count > 0 && grid._cells[^1].Length == 0)
        {
            grid._cells.RemoveAt(grid._cells.Count - 1);
        }

        return grid;
    }

    /// <summary>The first column holding text, or null for an empty sheet.</summary>
    public int? FirstUsedColumn => _cells.Select(r => Array.FindIndex(r, t => t.Length > 0)).Where(c => c >= 0).Select(c => (int?)c).Min();

    /// <summary>
    /// The sheet's rows, numbered from <paramref name="firstLine"/>, from <paramref name="firstColumn"/>
    /// on: columns left of a workbook's tables are dropped so a table starts at cell 0 as in a
    /// text export, while every cell keeps its true sheet and A1 reference.
    /// </summary>
    public IEnumerable<Row> ToRows(int firstLine, int firstColumn)
    {
        for (var r = 0; r < _cells.Count; r++)
        {
            var cells = _cells[r].Skip(firstColumn).Select((text, i) => new Cell(text, At(r, firstColumn + i))).ToArray();
            yield return GridCells.ToRow(firstLine + r, cells);
        }
    }

    private SourceLocation At(int row, int column) => new(row + 1, column + 1, Name, CellReference.ToA1(row, column));

    /// <summary>
    /// Hidden rows are read like the others, since a hidden indicator is still part of what was
    /// submitted, and reported once per sheet, since the printed form a reviewer signs does not show them.
    /// </summary>
    private void ReportHiddenRows(IngestContext context)
    {
        if (_hiddenRows.Count == 0)
        {
            return;
        }

        var numbers = string.Join(", ", _hiddenRows.Take(20).Select(r => r + 1)) + (_hiddenRows.Count > 20 ? " …" : "");
        var first = _hiddenRows[0];
        var column = Math.Max(0, Array.FindIndex(_cells[first], t => t.Length > 0));
        context.Report("hidden-rows", Message.Of("ingest.hidden-rows", ("sheet", Name), ("rows", numbers)), At(first, column), string.Join('\t', _cells[first].Where(t => t.Length > 0)));
    }

    /// <summary>Whether column <paramref name="c"/> is hidden (a width of 0: ExcelDataReader gives a hidden column none), looked up once per column.</summary>
    private bool IsHidden(IExcelDataReader reader, int c)
    {
        while (_hiddenColumns.Count <= c)
        {
            _hiddenColumns.Add(reader.GetColumnWidth(_hiddenColumns.Count) == 0);
        }

        return _hiddenColumns[c];
    }

    /// <summary>
    /// Hidden columns are read like the others (a field's label may stand in one) and reported once per sheet with the
    /// columns that hold text, since the printed form a reviewer signs does not show them. A hidden column the indicator
    /// header names no role for (a helper of codes or flags, 辅助列) is no column of the form: the reader leaves its cells
    /// in the block out (<see cref="Forms.HiddenCells"/>).
    /// </summary>
    private void ReportHiddenColumns(IngestContext context)
    {
        if (_hiddenText.Count == 0)
        {
            return;
        }

        var (column, row) = _hiddenText.First();
        var columns = string.Join(", ", _hiddenText.Keys.Take(20).Select(CellReference.ColumnName)) + (_hiddenText.Count > 20 ? " …" : "");
        context.Report("hidden-columns", Message.Of("ingest.hidden-columns", ("sheet", Name), ("columns", columns)), At(row, column));
    }

    /// <summary>Drops trailing empty cells (a row formatted across the sheet holds no text there).</summary>
    private static string[] Trim(string[] cells)
    {
        var last = Array.FindLastIndex(cells, t => t.Length > 0);
        return last == cells.Length - 1 ? cells : cells[..(last + 1)];
    }
}
