namespace GoalLint.Ingest.Forms;

/// <summary>
/// A workbook's hidden column that the indicator header names no role for (a helper of codes or flags between 三级指标 and
/// 指标值, headed 辅助列) is no column of the printed form: its cells under the header are left out of the block, not read as
/// cells that fit no column. A hidden column the header names (a hidden 指标值) is read as printed ones are; the sheet
/// reports every hidden column that holds text (hidden-columns).
/// </summary>
internal static class HiddenCells
{
    /// <summary><paramref name="rows"/> with the helper cells from the header row on left out, row for row; the same list when there are none.</summary>
    public static IReadOnlyList<Row> LeftOut(IReadOnlyList<Row> rows, HeaderMatch header, IReadOnlySet<(string Sheet, int Column)> hidden)
    {
        if (hidden.Count == 0)
        {
            return rows;
        }

        var named = header.Columns.Indexes;
        Row[]? kept = null;
        for (var i = header.NextRow; i < rows.Count; i++)
        {
            var cells = rows[i].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (!cells[c].IsBlank && cells[c].At.Sheet is { } sheet && hidden.Contains((sheet, cells[c].At.Column)) && Array.IndexOf(named, c) < 0)
                {
                    kept ??= [.. rows];
                    kept[i] = kept[i] with { Cells = [.. kept[i].Cells.Select((cell, k) => k == c ? cell with { Text = "" } : cell)] };
                }
            }
        }

        return kept ?? rows;
    }
}
