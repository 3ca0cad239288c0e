using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>The rows of one table, with its title row when the source has one.</summary>
internal sealed record TableRows(Row? Title, IReadOnlyList<Row> Rows)
{
    /// <summary>The last line that holds text.</summary>
    public int EndLine => Rows.LastOrDefault(r => !r.IsBlank)?.Line ?? Title?.Line ?? 0;

    /// <summary>An empty table for these rows: titled, located at its title or first filled row.</summary>
    public PerformanceTable NewTable(TableKind kind, string layout) => new()
    {
        Kind = kind,
        Layout = layout,
        Title = Title?.Filled.FirstOrDefault() is { } title ? GridText.Title(title) : null,
        At = (Title ?? Rows.FirstOrDefault(r => !r.IsBlank))?.At ?? SourceLocation.None,
        EndLine = EndLine,
    };
}

/// <summary>
/// Splits a grid into tables. A title row (项目绩效目标表) opens a table; so does a 项目名称 row
/// met when the current table already had one, because CSV and spreadsheet exports often drop
/// the title. Rows before the first table are not part of any.
/// </summary>
internal static class GridTables
{
    /// <summary>Every table of the source, each read by <paramref name="read"/>.</summary>
    public static IReadOnlyList<PerformanceTable> Read(SourceText source, Func<Row, bool> isTitle, Func<TableRows, IngestContext, PerformanceTable> read, IngestContext context) =>
        Split(source.Rows, isTitle).Select(t => read(t, context)).ToArray();

    private static List<TableRows> Split(IReadOnlyList<Row> rows, Func<Row, bool> isTitle)
    {
        var tables = new List<TableRows>();
        Row? title = null;
        List<Row>? current = null;
        var opened = false;
        foreach (var row in rows)
        {
            var startsHeader = row.Filled.FirstOrDefault() is { } first && LabelText.Key(first.Text) == "项目名称";
            if (isTitle(row) || startsHeader && (current is null || opened))
            {
                // A title right under another (a page's <title> over the title it repeats) titles the same table.
                if (!(isTitle(row) && title is not null && current!.All(r => r.IsBlank)))
                {
                    Flush();
                }

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
