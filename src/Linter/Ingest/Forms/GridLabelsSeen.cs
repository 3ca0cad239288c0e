using System.Buffers;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The labels a source shows in its grid rows, for <see cref="ILayoutReader.Match"/>: squeezed
/// texts of cells in rows of two or more filled cells, and the texts of one-cell rows (titles).
/// Only the labels some grid signature in forms.yaml looks for are remembered (<see cref="Asked"/>).
/// </summary>
internal sealed class GridLabelsSeen
{
    /// <summary>Enough rows to meet several tables' headers; a huge file is not scanned whole to guess its layout.</summary>
    private const int RowsScanned = 5000;

    private const int LongestLabel = 24;

    /// <summary>Every label the grid signatures name, gathered once from the form specs.</summary>
    private static readonly Lazy<AskedLabels> Asked = new(AskedLabels.FromSpecs);

    private readonly HashSet<string> _cells = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

    /// <remarks>
    /// Every reader's <c>Match</c> runs on every file, so this scan is on the hot path of a large run: a
    /// cell's label is squeezed into a buffer and looked up as a span, never made a string, and a text
    /// source whose rows nobody has split yet is scanned line by line at its tabs, as its rows would be,
    /// without splitting it (the reader that wins may never need its rows).
    /// </remarks>
    public GridLabelsSeen(SourceText source)
    {
        var asked = Asked.Value;
        var row = new RowLabels(asked);
        if ((source.RowsIfSplit ?? (source.Text.Contains('|') ? source.Rows : null)) is { } rows)
        {
            for (var i = 0; i < rows.Count && i < RowsScanned; i++)
            {
                foreach (var cell in rows[i].Cells)
                {
                    row.Add(cell.Text);
                }

                Keep(row, asked);
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

            Keep(row, asked);
        }
    }

    /// <summary>Whether some grid cell reads exactly one of <paramref name="labels"/> (squeezed); only labels of the grid signatures are remembered.</summary>
    public bool HasAny(IEnumerable<string> labels) => labels.Any(_cells.Contains);

    /// <summary>Whether a one-cell row (a title) contains <paramref name="text"/>, one of the grid signatures' titles.</summary>
    public bool HasTitle(string text) => _titles.Contains(text);

    private void Keep(RowLabels row, AskedLabels asked)
    {
        if (row.Filled > 1)
        {
            _cells.UnionWith(row.Asked);
        }
        else if (row.Keyed == 1 && row.LastKey.ContainsAny(asked.AnyTitle))
        {
            foreach (var title in asked.Titles)
            {
                if (row.LastKey.Contains(title, StringComparison.Ordinal))
                {
                    _titles.Add(title);
                }
            }
        }

        row.Clear();
    }

    /// <summary>One row's filled cells, how many have a label short enough to be one, and which of those a signature asks about.</summary>
    private sealed class RowLabels(AskedLabels asked)
    {
        private readonly char[] _key = new char[LongestLabel];
        private int _keyLength;

        public int Filled { get; private set; }

        public int Keyed { get; private set; }

        public List<string> Asked { get; } = [];

        /// <summary>The label of the last filled cell that had one: a one-cell row's title.</summary>
        public ReadOnlySpan<char> LastKey => _key.AsSpan(0, _keyLength);

        public void Add(ReadOnlySpan<char> cell)
        {
            if (cell.IsWhiteSpace())
            {
                return;
            }

            Filled++;
            var length = LabelText.Key(cell, _key);
            if (length < 0)
            {
                return;
            }

            Keyed++;
            _keyLength = length;
            if (asked.Cells.TryGetValue(LastKey, out var label))
            {
                Asked.Add(label);
            }
        }

        public void Clear()
        {
            Filled = 0;
            Keyed = 0;
            _keyLength = 0;
            Asked.Clear();
        }
    }

    /// <summary>The cell labels and title words of every grid signature, for lookups by span.</summary>
    private sealed class AskedLabels
    {
        private AskedLabels(IReadOnlyCollection<string> cells, string[] titles)
        {
            Cells = new HashSet<string>(cells, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            Titles = titles;
            AnyTitle = SearchValues.Create(titles, StringComparison.Ordinal);
        }

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Cells { get; }

        public string[] Titles { get; }

        /// <summary>All title words at once: most one-cell rows contain none.</summary>
        public SearchValues<string> AnyTitle { get; }

        public static AskedLabels FromSpecs()
        {
            var signatures = FormSpecs.All.Select(f => f.Grid).OfType<GridSignatureSpec>().ToArray();
            var seen = signatures.SelectMany(g => g.Signs.Cast<LabelsSeenSpec>().Append(g.Foreign)).ToArray();
            var cells = signatures.SelectMany(g => g.Requires.SelectMany(r => r)).Concat(seen.SelectMany(s => s.Cells)).ToHashSet(StringComparer.Ordinal);
            return new AskedLabels(cells, seen.SelectMany(s => s.Titles).Distinct(StringComparer.Ordinal).ToArray());
        }
    }
}
