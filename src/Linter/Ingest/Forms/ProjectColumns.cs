namespace GoalLint.Ingest.Forms;

/// <summary>
/// A table that lists its projects side by side, one per column (a 汇总表: 项目名称 | 乡村道路亮化工程 | 村级文化广场建设
/// and the other fields down the first column; 一级指标 | 二级指标 | 三级指标 | 乡村道路亮化工程 | 村级文化广场建设 over the
/// indicators, a value left blank where the row is not that project's). Each project's column is read as a table of its own:
/// its rows are the table's rows with only that project's values, every cell where the file has it.
/// </summary>
internal sealed record ProjectColumns(IReadOnlyList<int> Fields, IReadOnlyList<int> Values)
{
    /// <summary>The header cell a project's column of values is read as.</summary>
    private const string ValueLabel = "指标值";

    public int Count => Values.Count;

    /// <summary>
    /// Where the projects of the 项目名称 row above the indicator header stand: their cells in the field rows, and the header's
    /// columns that name them, in order (each its project's values); null when the header does not name two projects of that row.
    /// </summary>
    public static ProjectColumns? Find(IReadOnlyList<Row> rows, int from, int headerRow)
    {
        List<int>? fields = null;
        for (var i = from; i < headerRow && fields is null; i++)
        {
            if (rows[i].Cells is [var label, _, _, ..] && HeaderFieldMap.Find(label.Text) == HeaderField.ProjectName)
            {
                fields = [.. Enumerable.Range(1, rows[i].Cells.Count - 1).Where(c => !rows[i].Cells[c].IsBlank)];
                if (fields.Count < 2)
                {
                    return null;
                }

                var names = rows[i].Cells;
                var header = rows[headerRow].Cells;
                var values = fields.Select(c => IndexOf(header, names[c].Text)).ToList();
                return values.TrueForAll(c => c >= 0) && values.Distinct().Count() == values.Count ? new ProjectColumns(fields, values) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="rows"/> as project <paramref name="k"/>'s table, row for row: a field row above the header keeps its
    /// label and the project's value; the header names the project's column 指标值; a row under it keeps its own cells and the
    /// project's value, and is blank when only another project has a value on it.
    /// </summary>
    public IReadOnlyList<Row> Of(IReadOnlyList<Row> rows, int from, int headerRow, int k)
    {
        var projected = rows.ToArray();
        var column = Values[k];
        for (var i = from; i < projected.Length; i++)
        {
            var row = rows[i];
            if (i < headerRow)
            {
                projected[i] = row.Cells.Count > Fields[k] && FieldCells.IsLabel(row[0]) ? row with { Cells = [row.Cells[0], row.Cells[Fields[k]]] } : row;
            }
            else
            {
                // A row may have lost its trailing blank cells (a CSV line ending at the first project's value).
                var own = column < row.Cells.Count ? row.Cells[column] : null;
                var others = Values.Any(c => c != column && c < row.Cells.Count && !row.Cells[c].IsBlank);
                projected[i] = i > headerRow && own is not { IsBlank: false } && others
                    ? row with { Cells = [] }
                    : row with { Cells = [.. row.Cells.Where((_, c) => c == column || !Values.Contains(c)).Select(c => i == headerRow && c == own ? own with { Text = ValueLabel } : c)] };
            }
        }

        return projected;
    }

    private static int IndexOf(IReadOnlyList<Cell> cells, string text)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c].Text == text && Vocabulary.Current.ColumnOf(text) is null)
            {
                return c;
            }
        }

        return -1;
    }
}
