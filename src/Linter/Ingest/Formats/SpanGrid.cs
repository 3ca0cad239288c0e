namespace GoalLint.Ingest.Formats;

/// <summary>
/// A table whose cells span rows and columns (HTML rowspan/colspan, Word gridSpan) laid out on a
/// plain grid the way <see cref="SheetGrid"/> lays out merged cells: the text sits in the block's
/// top-left cell and the cells it covers stay empty, so a 一级指标 stated once carries down to
/// the rows below, as every grid reader expects. Spans are clipped to the table's declared rows
/// and to the column cap, so a hostile span cannot allocate more than the table's own size.
/// </summary>
internal sealed class SpanGrid(int rowCount, int maxColumns)
{
    private readonly List<string?>[] _rows = Enumerable.Range(0, Math.Max(0, rowCount)).Select(_ => new List<string?>()).ToArray();
    private int _row = -1;
    private int _column;

    public int RowCount => _rows.Length;

    /// <summary>Starts the next row; cells already covered by a span from above are skipped when placing.</summary>
    public void NextRow()
    {
        _row++;
        _column = 0;
    }

    /// <summary>Leaves <paramref name="columns"/> grid columns empty before the next cell (Word's gridBefore).</summary>
    public void Skip(int columns) => _column = Math.Min(maxColumns, _column + Math.Max(0, columns));

    /// <summary>Places a cell at the first free column of the current row.</summary>
    public void Add(string text, int rowSpan = 1, int colSpan = 1)
    {
        if (_row < 0 || _row >= _rows.Length)
        {
            return;
        }

        var cells = _rows[_row];
        while (_column < cells.Count && cells[_column] is not null)
        {
            _column++;
        }

        var lastRow = Math.Min(_rows.Length, _row + Math.Max(1, rowSpan));
        var lastColumn = Math.Min(maxColumns, _column + Math.Max(1, colSpan));
        for (var r = _row; r < lastRow; r++)
        {
            for (var c = _column; c < lastColumn; c++)
            {
                Set(r, c, r == _row && c == _column ? text : "");
            }
        }

        _column = lastColumn;
    }

    /// <summary>The cell texts of row <paramref name="row"/>, "" where nothing was placed.</summary>
    public IReadOnlyList<string> Texts(int row) => _rows[row].Select(t => t ?? "").ToArray();

    private void Set(int row, int column, string text)
    {
        var cells = _rows[row];
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] ??= text;
    }
}
