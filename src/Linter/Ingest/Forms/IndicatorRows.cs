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
        var (cells, indicator) = Read(row, columns, frame, context);
        if (indicator is null)
        {
            return;
        }

        foreach (var (role, cell) in cells.Values)
        {
            IndicatorValues.Fill(indicator, role, cell, cells.Value(ColumnRole.Comparator), cells.Value(ColumnRole.Unit), context);
        }

        TruncatedCells.Check(indicator, context);
        table.Indicators.Add(indicator);
    }

    /// <summary>The fitted cells of a row, and its indicator (null when the row only declares a slot).</summary>
    private static (FittedRow Cells, Indicator? Indicator) Read(Row row, IndicatorColumns columns, IndicatorFrame frame, IngestContext context)
    {
        var fitted = IndicatorRowFitter.Fit(row, columns);
        var (level1, level2) = frame.Place(fitted.Level1, fitted.Level2, fitted.HasIndicator, row.At);
        var name = fitted.Name is null ? null : GridText.Field(fitted.Name);
        if (fitted.Realignment is { } how)
        {
            var path = string.Join(" › ", new[] { level1?.Text, level2?.Text, name?.Text ?? Message.Of("ingest.no-indicator-name").ToString() }.OfType<string>().Select(s => CellText.Excerpt(s, 40)));
            context.Report("shifted-row", Message.Of("ingest.shifted-row", ("line", row.Line), ("how", how), ("path", path)), row.At, RowText.Joined(row));
        }

        if (!fitted.HasIndicator)
        {
            return (fitted, null);
        }

        var indicator = new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            At = row.At,
            SourceRow = RowText.Joined(row),
        };
        return (fitted, indicator);
    }
}
