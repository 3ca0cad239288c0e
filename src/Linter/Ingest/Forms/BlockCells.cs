namespace GoalLint.Ingest.Forms;

/// <summary>
/// Puts the cells of one indicator row under the header's columns. A row that kept its blank
/// leading cells (CSV, spreadsheets, tab exports) reads as positioned. A row that lost them
/// (Markdown or HTML rowspans, space-separated text) is aligned: at the 一级 or 二级 column when it
/// starts with such a label, else where its 三级指标 and values fit best.
/// </summary>
internal static class BlockCells
{
    /// <summary>
    /// Whether the row is read as it stands, whichever block: it kept its leading cells (as wide as the header,
    /// or starting blank). Such a row is placed once for all side-by-side blocks.
    /// </summary>
    public static bool Positioned(Row row, FormColumns columns) =>
        row.Cells.Count >= columns.Width || row.Cells.Count == 0 || row.Cells[0].IsBlank;

    /// <summary>The cell of each column index (null where none), and how many filled cells fell outside every column.</summary>
    public static (Cell?[] Slots, int Unplaced) Place(Row row, FormColumns columns, int block)
    {
        var cells = row.Cells;
        var reading = Positioned(row, columns)
            ? Read(cells, columns, 0)
            : RowPlacement.Best(Offsets(cells, columns, block).Select(offset => Read(cells, columns, offset)));
        var indexes = columns.Indexes;
        var slots = new Cell?[columns.Width];
        for (var k = 0; k < indexes.Length; k++)
        {
            slots[indexes[k]] = reading.Slots[k];
        }

        return (slots, reading.Outside);
    }

    /// <summary>A cell naming 指标 in a column the header left unnamed, left of the frame (年度绩效指标 printed down the side), is no loss.</summary>
    private static RowReading Read(IReadOnlyList<Cell> cells, FormColumns columns, int offset) =>
        RowPlacement.Read(cells, columns.Indexes, columns.Roles, offset, stubsLeftOf: columns.First);

    /// <summary>
    /// Where a row that lost its leading cells may start, in the order ties prefer: at the 一级 or 二级
    /// column when it starts with such a label; else at the 三级指标 column or right-aligned, where its
    /// cells reach the last column; else as it stands.
    /// </summary>
    private static IEnumerable<int> Offsets(IReadOnlyList<Cell> cells, FormColumns columns, int block)
    {
        var vocabulary = Vocabulary.Current;
        var first = cells[0].Text;
        var level1 = columns.IndexOf(ColumnRole.Level1, block);
        var level2 = columns.IndexOf(ColumnRole.Level2, block);
        var name = columns.IndexOf(ColumnRole.Name, block);
        if (level1 >= 0 && vocabulary.IsLevel1Of(first, cells.Count > 1 ? cells[1].Text : null))
        {
            return [level1];
        }

        if (level2 >= 0 && vocabulary.IsLevel2Label(first))
        {
            return [level2];
        }

        // Last, the row as it stands: a row that kept its leading cells and lost only trailing blanks (a CSV line
        // 1.1,,数量指标 under 序号 | 一级 | 二级 …), read so when it fits better than aligned.
        var rightAligned = columns.Width - cells.Count;
        return rightAligned <= name ? [rightAligned, 0] : [name, rightAligned, 0];
    }
}
