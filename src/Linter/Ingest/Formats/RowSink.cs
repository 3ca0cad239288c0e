using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Collects the rows a document producer reads: numbers them, cuts long cells, keeps the line
/// cap and the read budget, and drops rows with no text (an empty Word row, a blank gap in a
/// PDF), which carry nothing a reader could use.
/// </summary>
internal sealed class RowSink(IngestLimits limits, IngestContext context)
{
    private readonly List<Row> _rows = [];
    private bool _capped;

    public IReadOnlyList<Row> Rows => _rows;

    /// <summary>True once the line cap is reached: producers stop reading.</summary>
    public bool Full => _rows.Count >= limits.MaxLines;

    /// <summary>Adds a row of cell texts; <paramref name="at"/> names where cell N (1-based) of the new line N sits.</summary>
    public void Add(IReadOnlyList<string> texts, Func<int, int, SourceLocation> at)
    {
        context.CheckTime();
        if (texts.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        var line = _rows.Count + 1;
        if (Full)
        {
            if (!_capped)
            {
                _capped = true;
                context.Report("too-many-lines", Message.Of("ingest.too-many-lines.rows", ("cap", limits.MaxLines)), at(line, 1));
            }

            return;
        }

        var cells = new Cell[texts.Count];
        for (var c = 0; c < cells.Length; c++)
        {
            var place = at(line, c + 1);
            cells[c] = new Cell(GridCells.Cap(CellFormatter.OneLine(texts[c]), place, limits, context), place);
        }

        _rows.Add(GridCells.ToRow(line, cells));
    }
}
