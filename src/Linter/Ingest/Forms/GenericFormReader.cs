using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Reads a performance table from any province by what it says: the cell stage (<see cref="FormRows"/>),
/// the header found by roles, the one indicator-block reader, label–value fields wherever they sit.
/// It takes the files no form family claims; a title or a 项目名称 after an indicator block starts
/// the next table. Every table says how much of it was read (<see cref="ReadSummary"/>), and each
/// cause of a partial read is one located <c>partial-read</c> finding.
/// </summary>
public sealed class GenericFormReader : ILayoutReader
{
    /// <summary>Just over the loader's threshold: a family reader that knows the form reads it.</summary>
    private const double Score = 0.31;

    private const int RowsScanned = 2000;

    /// <summary>Rows past the last scanned one a header starting there may span (wrapped cells, one label per line).</summary>
    private const int HeaderRowsPast = 100;

    public string Layout => FormSpecs.Generic;

    public double Match(SourceText source) =>
        source.Format != SourceFormat.Json && HeaderFinder.Any(FormRows.Of(source, RowsScanned + HeaderRowsPast), RowsScanned) ? Score : 0;

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
    {
        var rows = FormRows.Of(source);
        var tables = new List<PerformanceTable>();
        var start = 0;
        while (start < rows.Count)
        {
            var (read, next) = ReadTables(rows, start, source.HiddenColumns, context);
            tables.AddRange(read);
            start = next;
        }

        return tables;
    }

    /// <summary>The table from <paramref name="start"/>, or one per project when it lists its projects side by side (<see cref="ProjectColumns"/>).</summary>
    private static (IReadOnlyList<PerformanceTable> Tables, int Next) ReadTables(IReadOnlyList<Row> rows, int start, IReadOnlySet<(string, int)> hidden, IngestContext context)
    {
        var (table, next, projects) = ReadTable(rows, start, hidden, context, byProject: true);
        if (projects is not var (headerRow, columns))
        {
            return (table is null ? [] : [table], next);
        }

        var tables = new List<PerformanceTable>(columns.Count);
        for (var k = 0; k < columns.Count; k++)
        {
            (table, next, _) = ReadTable(columns.Of(rows, start, headerRow, k), start, hidden, context, byProject: false);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return (tables, next);
    }

    /// <summary>
    /// One table from <paramref name="start"/>: fields and goals up to its indicator header, the block, and what follows up to the
    /// next table; or, <paramref name="byProject"/>, only the project columns its header names, for <see cref="ReadTables"/> to read.
    /// A workbook's <paramref name="hidden"/> helper columns are left out of the block (<see cref="HiddenCells"/>).
    /// </summary>
    private static (PerformanceTable? Table, int Next, (int HeaderRow, ProjectColumns Columns)? ByProject) ReadTable(
        IReadOnlyList<Row> rows, int start, IReadOnlySet<(string, int)> hidden, IngestContext context, bool byProject)
    {
        var header = default(HeaderMatch);
        var at = start;
        var (titled, named) = (false, false);
        for (; at < rows.Count && header is null; at++)
        {
            context.CheckTime();
            var (isTitle, project) = (Title(rows[at]) is not null, IsProjectRow(rows[at]));
            if (at > start && (isTitle && (titled || named) || project && named))
            {
                break;
            }

            (titled, named) = (titled || isTitle, named || project);
            header = HeaderFinder.At(rows, at);
        }

        var headerRow = header is null ? at : at - 1;
        if (byProject && header is not null && ProjectColumns.Find(rows, start, headerRow) is { } columns)
        {
            return (null, at, (headerRow, columns));
        }

        var title = FindTitle(rows, start, headerRow);
        var table = new PerformanceTable
        {
            Kind = title?.Kind.Kind ?? Kind(header),
            Layout = FormSpecs.Generic,
            Title = title is { } t ? GridText.Title(t.Cell) : null,
            At = title?.Cell.At ?? rows.Skip(start).FirstOrDefault(r => !r.IsBlank)?.At ?? new SourceLocation(start + 1, 1),
        };
        var fields = new FormFields(table, context);
        fields.Read(rows, start, headerRow);
        if (header is null)
        {
            return (null, at, null);
        }

        var reader = new IndicatorBlockReader(table, header, context);
        var end = reader.Read(HiddenCells.LeftOut(rows, header, hidden));
        var next = end;
        while (next < rows.Count && !StartsTable(rows, next) && HeaderFinder.At(rows, next) is null)
        {
            next++;
        }

        fields.Read(rows, end, next);
        table.EndLine = rows.Take(next).LastOrDefault(r => !r.IsBlank)?.Line ?? table.At.Line;
        table.Read = reader.Summary;
        PartialRead.Explain(table, context);
        return (table, next, null);
    }

    /// <summary>A title row, or a 项目名称 label, opens a table.</summary>
    private static bool StartsTable(IReadOnlyList<Row> rows, int i) => Title(rows[i]) is not null || IsProjectRow(rows[i]);

    private static bool IsProjectRow(Row row) =>
        row.Cells.FirstOrDefault(c => !c.IsBlank) is { } first
        && HeaderFieldMap.Find(first.Text.Split(':', '：', ' ', '\u3000')[0]) == HeaderField.ProjectName;

    private static (Cell Cell, FormKind Kind)? FindTitle(IReadOnlyList<Row> rows, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Title(rows[i]) is { } title)
            {
                return title;
            }
        }

        return null;
    }

    private static (Cell Cell, FormKind Kind)? Title(Row row)
    {
        return row.Only is { Text.Length: <= 60 } only && Vocabulary.Current.TitleKind(only.Text) is { } kind ? (only, kind) : null;
    }

    /// <summary>Without a title: a table that scores actual values is a self-evaluation, any other a goal table.</summary>
    private static TableKind Kind(HeaderMatch? header) =>
        header is not null && (header.Columns.Has(ColumnRole.ActualValue) || header.Columns.Has(ColumnRole.Score)) ? TableKind.SelfEvaluation : TableKind.ProjectGoals;
}
