
namespace GoalLint.Ingest.Forms;

/// <summary>
/// The labels a source shows in its grid rows, for <see cref="ILayoutReader.Match"/>: squeezed
/// texts of cells in rows of two or more filled cells, and the texts of one-cell rows (titles).
/// </summary>
internal sealed class GridLabelsSeen
{
    /// <summary>Enough rows to meet several tables' headers; a huge file is not scanned whole to guess its layout.</summary>
    private const int RowsScanned = 5000;

    private const int LongestLabel = 24;

    private readonly HashSet<string> _cells = [];
    private readonly List<string> _titles = [];

    /// <remarks>Plain loops: every reader's <c>Match</c> runs on every file, so this scan is on the hot path of a large run.</remarks>
    public GridLabelsSeen(SourceText source)
    {
        var labels = new List<string>();
        foreach (var row in source.Rows.Take(RowsScanned))
        {
            labels.Clear();
            var filled = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.IsBlank)
                {
                    continue;
                }

                filled++;
                if (LabelText.Key(cell.Text) is { Length: <= LongestLabel } label)
                {
                    labels.Add(label);
                }
            }

            if (filled > 1)
            {
                _cells.UnionWith(labels);
            }
            else if (labels.Count == 1)
            {
                _titles.Add(labels[0]);
            }
        }
    }

    /// <summary>Whether some grid cell reads exactly one of <paramref name="labels"/> (squeezed).</summary>
    public bool HasAny(IEnumerable<string> labels) => labels.Any(_cells.Contains);

    /// <summary>Whether a one-cell row (a title) contains <paramref name="text"/>.</summary>
    public bool HasTitle(string text) => _titles.Any(t => t.Contains(text, StringComparison.Ordinal));
}
