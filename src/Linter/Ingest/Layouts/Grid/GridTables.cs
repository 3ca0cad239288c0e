namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>The rows of one table, with its title row when the source has one.</summary>
internal sealed record TableRows(Row? Title, IReadOnlyList<Row> Rows)
{
    /// <summary>The last line that holds text.</summary>
    public int EndLine => Rows.LastOrDefault(r => !r.IsBlank)?.Line ?? Title?.Line ?? 0;
}

/// <summary>
/// Splits a grid into tables. A title row (项目绩效目标表) opens a table; so does a 项目名称 row
/// met when the current table already had one, because CSV and spreadsheet exports often drop
/// the title. Rows before the first table are not part of any.
/// </summary>
internal static class GridTables
{
    public static IReadOnlyList<TableRows> Split(IReadOnlyList<Row> rows, Func<Row, bool> isTitle)
    {
        var tables = new List<TableRows>();
        Row? title = null;
        List<Row>? current = null;
        var opened = false;
        foreach (var row in rows)
        {
            var startsHeader = row.Filled.FirstOrDefault() is { } first && GridText.Label(first.Text) == "项目名称";
            if (isTitle(row) || startsHeader && (current is null || opened))
            {
                Flush();
                title = isTitle(row) ? row : null;
                current = [];
                opened = false;
                if (title is not null)
                {
                    continue;
                }
            }

            opened |= startsHeader;
            current?.Add(row);
        }

        Flush();
        return tables;

        void Flush()
        {
            if (current is not null)
            {
                tables.Add(new TableRows(title, current));
            }
        }
    }
}
