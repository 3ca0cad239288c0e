namespace GoalLint.Ingest.Formats.Pdf;

/// <summary>
/// Joins a ruled table that runs on over pages back into one: the header rows the next page
/// repeats are dropped, and a row the page break cut in two (its cells go on at the top of the
/// next page, under cells that hold text) is joined into one row again. A page's last row is
/// held back until the next page shows whether it goes on.
/// </summary>
internal sealed class ContinuedTables
{
    /// <summary>The longest header a continued table repeats at the top of the next page.</summary>
    private const int MaxRepeatedHeader = 3;

    private (PdfRow Row, int Page)? _held;
    private List<string>? _header;

    public void Add(List<PdfRow> rows, int page, RowSink sink)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var start = 0;
        var opensInTable = rows[0].Table != 0 && _held is { Row.Table: not 0 };
        if (opensInTable && _header is not null)
        {
            while (start < rows.Count && start < MaxRepeatedHeader && start < _header.Count && Key(rows[start]) == _header[start])
            {
                start++;
            }
        }

        if (opensInTable && start < rows.Count && _held is { } held && IsRest(held.Row, rows[start]))
        {
            _held = (Join(held.Row, rows[start]), held.Page);
            start++;
        }

        for (var r = start; r < rows.Count; r++)
        {
            Flush(sink);
            _held = (rows[r], page);
        }

        var last = rows[^1].Table;
        var first = rows.FindIndex(r => r.Table == last);
        _header = last == 0 ? null
            : first == 0 && opensInTable ? _header
            : rows.Skip(first).TakeWhile(r => r.Table == last).Take(MaxRepeatedHeader).Select(Key).ToList();
    }

    public void Flush(RowSink sink)
    {
        if (_held is not { } held)
        {
            return;
        }

        var (row, page) = held;
        sink.Add(row.Texts, (line, column) => DocumentPlace.PageLine(line, column, page, row.Lines[Math.Min(column, row.Lines.Count) - 1]));
        _held = null;
    }

    /// <summary>
    /// True when <paramref name="next"/> holds only the rest of cells <paramref name="row"/> already
    /// started: each of its cells lies in a column (by its left edge on the page) where the row has
    /// text, and at most half as many as the row has (a cut row goes on in its long cells; a new
    /// row repeats most columns). Columns are matched by position, not index: each page's part of
    /// a table may lack some inner rules.
    /// </summary>
    private static bool IsRest(PdfRow row, PdfRow next)
    {
        var filled = Enumerable.Range(0, next.Texts.Count).Where(c => next.Texts[c].Length > 0).ToList();
        return row.Lefts is not null && next.Lefts is not null && filled.Count > 0
            && filled.Count * 2 <= row.Texts.Count(t => t.Length > 0)
            && filled.All(c => Above(row, next.Lefts[c]) is { } above && row.Texts[above].Length > 0);
    }

    private static int? Above(PdfRow row, double left)
    {
        for (var c = 0; c < row.Lefts!.Count; c++)
        {
            if (Math.Abs(row.Lefts[c] - left) <= 2)
            {
                return c;
            }
        }

        return null;
    }

    private static PdfRow Join(PdfRow row, PdfRow rest)
    {
        var texts = row.Texts.ToArray();
        for (var c = 0; c < rest.Texts.Count; c++)
        {
            if (rest.Texts[c].Length > 0 && Above(row, rest.Lefts![c]) is { } above)
            {
                texts[above] += "\n" + rest.Texts[c];
            }
        }

        return row with { Texts = texts };
    }

    private static string Key(PdfRow row) => string.Join('\t', row.Texts.Select(CellText.Squeeze));
}
