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

    private readonly HashSet<string> _cells = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

    /// <remarks>
    /// Every reader's <c>Match</c> runs on every file, so this scan is on the hot path of a large run: a
    /// cell's label is squeezed into a buffer and looked up as a span, and becomes a string only the first
    /// time the source shows it; a text source whose rows nobody has split yet is scanned line by line at
    /// its tabs, as its rows would be, without splitting it (the reader that wins may never need its rows).
    /// </remarks>
    public GridLabelsSeen(SourceText source)
    {
        var row = new RowLabels();
        if ((source.RowsIfSplit ?? (source.Text.Contains('|') ? source.Rows : null)) is { } rows)
        {
            for (var i = 0; i < rows.Count && i < RowsScanned; i++)
            {
                foreach (var cell in rows[i].Cells)
                {
                    row.Add(cell.Text);
                }

                Keep(row);
            }

            return;
        }

        for (var i = 0; i < source.Lines.Count && i < RowsScanned; i++)
        {
            // The cells Row.FromTabSeparated would split the line into.
            var line = source.Lines[i].AsSpan();
            var cells = Math.Min(line.Count('\t') + 1, Row.MaxCells);
            for (var n = 0; n < cells; n++)
            {
                var tab = line.IndexOf('\t');
                row.Add(tab < 0 ? line : line[..tab]);
                line = tab < 0 ? [] : line[(tab + 1)..];
            }

            Keep(row);
        }
    }

    /// <summary>Whether some grid cell reads exactly one of <paramref name="labels"/> (squeezed).</summary>
    public bool HasAny(IEnumerable<string> labels) => labels.Any(_cells.Contains);

    /// <summary>Whether a one-cell row (a title) contains <paramref name="text"/>.</summary>
    public bool HasTitle(string text) => _titles.Any(t => t.Contains(text, StringComparison.Ordinal));

    private void Keep(RowLabels row)
    {
        if (row.Filled > 1)
        {
            row.AddTo(_cells);
        }
        else if (row.Keys == 1)
        {
            row.AddTo(_titles);
        }

        row.Clear();
    }

    /// <summary>One row's filled cells and the labels of those short enough to be one, squeezed into one buffer.</summary>
    private sealed class RowLabels
    {
        private readonly List<(int Start, int Length)> _keys = [];
        private char[] _buffer = new char[LongestLabel * 4];
        private int _used;

        public int Filled { get; private set; }

        public int Keys => _keys.Count;

        public void Add(ReadOnlySpan<char> cell)
        {
            if (cell.IsWhiteSpace())
            {
                return;
            }

            Filled++;
            if (_buffer.Length - _used < LongestLabel)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var length = LabelText.Key(cell, _buffer.AsSpan(_used, LongestLabel));
            if (length >= 0)
            {
                _keys.Add((_used, length));
                _used += length;
            }
        }

        /// <summary>Adds the row's labels to <paramref name="set"/>; a label the set holds already costs no string.</summary>
        public void AddTo(HashSet<string> set)
        {
            var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var (start, length) in _keys)
            {
                lookup.Add(_buffer.AsSpan(start, length));
            }
        }

        public void Clear()
        {
            Filled = 0;
            _used = 0;
            _keys.Clear();
        }
    }
}
