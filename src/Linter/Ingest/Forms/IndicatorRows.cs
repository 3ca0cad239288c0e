using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>Turns indicator rows into <see cref="Indicator"/>s: realigned, placed in the frame, located, shifts reported.</summary>
internal static class IndicatorRows
{
    /// <summary>
    /// Reads one row under <paramref name="columns"/> and adds its indicator, with a value from each
    /// value column, to the table. A row that only declares a slot adds none.
    /// </summary>
    public static void Add(Row row, IndicatorColumns columns, IndicatorFrame frame, PerformanceTable table, IngestContext context)
    {
        var fitted = IndicatorRowFitter.Fit(row, columns);
        var labels = frame.Place(fitted.Level1, fitted.Level2, fitted.HasIndicator, row.At);
        if (fitted.Realignment is { } how)
        {
            var path = string.Join(" › ", new[] { labels.Level1?.Text, labels.Level2?.Text, fitted.Name is null ? Message.Of("ingest.no-indicator-name").ToString() : GridText.Field(fitted.Name).Text }.OfType<string>().Select(s => CellText.Excerpt(s, 40)));
            context.Report("shifted-row", Message.Of("ingest.shifted-row", ("line", row.Line), ("how", how), ("path", path)), row.At, RowText.Joined(row));
        }

        if (fitted.HasIndicator)
        {
            AddIndicator(table, labels, fitted.Name, fitted.Values, fitted.Value(ColumnRole.Comparator), fitted.Value(ColumnRole.Unit), row.At, RowText.Joined(row), context);
        }
    }

    /// <summary>
    /// The one way every reader adds an indicator: under the labels its frame placed the row in, its
    /// 三级指标 unwrapped, a value from each value cell (<see cref="IndicatorValues"/>, composed with the
    /// row's 计算符号 and 计量单位), a cell cut inside a bracket reported.
    /// </summary>
    public static Indicator AddIndicator(
        PerformanceTable table,
        (TextField? Level1, TextField? Level2) labels,
        Cell? name,
        IEnumerable<KeyValuePair<ColumnRole, Cell>> values,
        Cell? comparator,
        Cell? unit,
        SourceLocation at,
        string sourceRow,
        IngestContext context)
    {
        var indicator = new Indicator
        {
            Level1 = labels.Level1,
            Level2 = labels.Level2,
            Name = name is null ? null : GridText.Field(name),
            At = at,
            SourceRow = sourceRow,
        };
        Fill(indicator, values, comparator, unit, context);
        TruncatedCells.Check(indicator, context);
        table.Indicators.Add(indicator);
        return indicator;
    }

    /// <summary>Sets the indicator's field of each value cell.</summary>
    public static void Fill(Indicator indicator, IEnumerable<KeyValuePair<ColumnRole, Cell>> values, Cell? comparator, Cell? unit, IngestContext context)
    {
        foreach (var (role, cell) in values)
        {
            IndicatorValues.Fill(indicator, role, cell, comparator, unit, context);
        }
    }
}
