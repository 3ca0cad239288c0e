namespace GoalLint.Ingest.Forms;

/// <summary>
/// Where a row's cells land under a header's columns when the row is read at an offset (cell i
/// under column i + offset): the one placement both indicator-row fitters read, the grid forms'
/// (<see cref="IndicatorRowFitter"/>, which tries the exporter's one-column shifts and reads by
/// content) and the generic block's (<see cref="BlockCells"/>, which aligns a row that lost its
/// leading cells at its first label or where its name and values fit).
/// </summary>
internal static class RowPlacement
{
    /// <summary>
    /// The filled cell under each of <paramref name="columns"/> (null where none; a column listed
    /// twice gets its cell in both places), and how many filled cells fell under none of them,
    /// leaving out those <paramref name="uncounted"/> says (cell, column it fell under).
    /// </summary>
    /// <remarks>Runs on every indicator row, several times for a row that does not fit: plain loops.</remarks>
    public static (Cell?[] Slots, int Outside) Place(IReadOnlyList<Cell> cells, int[] columns, int offset, Func<Cell, int, bool>? uncounted = null)
    {
        var slots = new Cell?[columns.Length];
        var outside = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].IsBlank)
            {
                continue;
            }

            var at = i + offset;
            var placed = false;
            for (var k = 0; k < columns.Length; k++)
            {
                if (columns[k] == at)
                {
                    slots[k] = cells[i];
                    placed = true;
                }
            }

            outside += placed || uncounted?.Invoke(cells[i], at) == true ? 0 : 1;
        }

        return (slots, outside);
    }
}
