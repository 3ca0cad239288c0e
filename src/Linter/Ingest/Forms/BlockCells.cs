namespace GoalLint.Ingest.Forms;

/// <summary>
/// Puts the cells of one indicator row under the header's columns. A row that kept its blank
/// leading cells (CSV, spreadsheets, tab exports) reads as positioned. A row that lost them
/// (Markdown or HTML rowspans, space-separated text) is aligned: at the 一级 or 二级 column when it
/// starts with such a label, else where its 三级指标 and values fit best.
/// </summary>
internal static class BlockCells
{
    /// <summary>The cell of each column index (null where none), and how many filled cells fell outside every column.</summary>
    public static (Cell?[] Slots, int Unplaced) Place(Row row, FormColumns columns, int block)
    {
        var cells = row.Cells;
        var offset = cells.Count >= columns.Width || cells.Count == 0 || cells[0].IsBlank ? 0 : Offset(cells, columns, block);
        var indexes = columns.Indexes;
        var (placed, unplaced) = RowPlacement.Place(cells, indexes, offset, (cell, at) => IsStub(cell, at, columns));
        var slots = new Cell?[columns.Width];
        for (var k = 0; k < indexes.Length; k++)
        {
            slots[indexes[k]] = placed[k];
        }

        return (slots, unplaced);
    }

    /// <summary>A cell in a column the header left unnamed, left of the frame (年度绩效指标 printed down the side).</summary>
    private static bool IsStub(Cell cell, int at, FormColumns columns) =>
        at < columns.Columns.Min(c => c.Index) && cell.Text.Contains("指标", StringComparison.Ordinal);

    private static int Offset(IReadOnlyList<Cell> cells, FormColumns columns, int block)
    {
        var vocabulary = Vocabulary.Current;
        var first = cells[0].Text;
        var level1 = columns.IndexOf(ColumnRole.Level1, block);
        var level2 = columns.IndexOf(ColumnRole.Level2, block);
        var name = columns.IndexOf(ColumnRole.Name, block);
        if (level1 >= 0 && vocabulary.IsLevel1Of(first, cells.Count > 1 ? cells[1].Text : null))
        {
            return level1;
        }

        if (level2 >= 0 && vocabulary.IsLevel2Label(first))
        {
            return level2;
        }

        var rightAligned = columns.Width - cells.Count;
        return rightAligned <= name || Misfits(cells, columns, rightAligned) < Misfits(cells, columns, name) ? rightAligned : name;
    }

    /// <summary>How badly cells read at <paramref name="offset"/>: no 三级指标, a value-like one, text in a number column, a cell outside every column.</summary>
    private static int Misfits(IReadOnlyList<Cell> cells, FormColumns columns, int offset)
    {
        var misfits = columns.Columns.Any(c => c.Role == ColumnRole.Name && c.Index - offset is var i && i >= 0 && i < cells.Count) ? 0 : 1;
        for (var i = 0; i < cells.Count; i++)
        {
            var column = columns.Columns.FirstOrDefault(c => c.Index == i + offset);
            misfits += column?.Role switch
            {
                ColumnRole.Name => ValueShape.LooksLikeValue(cells[i].Text) ? 1 : 0,
                ColumnRole.Weight or ColumnRole.Score => Money.Parse(cells[i].Text) is null ? 1 : 0,
                null => cells[i].IsBlank ? 0 : 1,
                _ => 0,
            };
        }

        return misfits;
    }
}
