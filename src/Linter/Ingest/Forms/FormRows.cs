using System.Runtime.CompilerServices;
using GoalLint.Ingest.Cells;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The cell stage: every source as rows of located cells before any layout logic. Grids (CSV,
/// spreadsheets) are rows already; text lines are split by <see cref="LineCells"/>. A one-cell
/// line whose text holds several cells glued or single-spaced together is split into tokens when
/// a block reader asks (<see cref="Tokens"/>), because only inside a table is that safe.
/// </summary>
internal static class FormRows
{
    /// <summary>Enough rows for any real form; a huge file is read up to here and the rest reported.</summary>
    public const int MaxRows = 200_000;

    /// <summary>Only a line this short is split into tokens: a longer one is a cell of its own (a paragraph of text).</summary>
    public const int MaxTokenLine = 200;

    /// <summary>
    /// The rows of the source, up to <paramref name="limit"/> of them. A text line is split when it is first
    /// asked for: a match that finds its header in the first rows splits only those.
    /// </summary>
    public static IReadOnlyList<Row> Of(SourceText source, int limit = MaxRows) =>
        source.Format is SourceFormat.Csv or SourceFormat.Xlsx or SourceFormat.Xls
            ? source.Rows
            : new SplitOnDemand(source.Lines, Math.Min(Math.Min(limit, MaxRows), source.Lines.Count));

    /// <summary>
    /// The tokens of a row that holds one cell short enough to split (<see cref="Tokens"/>), or null for any other row.
    /// Split once a row and kept for the read: the header finder asks at every row of a block and the stream reader
    /// again for each row it regroups, so a file of a glued line copied thousands of times split each line twice.
    /// A row lives for one read, under one vocabulary.
    /// </summary>
    public static IReadOnlyList<Cell>? LineTokens(Row row) => KnownTokens.GetValue(row, static r =>
    {
        Cell? only = null;
        foreach (var cell in r.Cells)
        {
            if (!cell.IsBlank)
            {
                if (only is not null)
                {
                    return NotOneCell;
                }

                only = cell;
            }
        }

        return only is not null && only.Text.Length <= MaxTokenLine ? Tokens(only) : NotOneCell;
    }) is var tokens && ReferenceEquals(tokens, NotOneCell) ? null : tokens;

    private static readonly ConditionalWeakTable<Row, IReadOnlyList<Cell>> KnownTokens = [];

    private static readonly Cell[] NotOneCell = [];

    /// <summary>
    /// The tokens of a one-cell row: split at spaces (a row flattened onto one line), then each
    /// piece split with the vocabulary (cells glued with no separator). Tokens keep the cell's line
    /// and their own column where it can be found.
    /// </summary>
    public static IReadOnlyList<Cell> Tokens(Cell cell)
    {
        var tokens = new List<Cell>();
        var text = cell.Text;
        var from = 0;
        foreach (var word in text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var piece in GluedCells.Split(word))
            {
                var found = text.IndexOf(piece, from, StringComparison.Ordinal);
                var column = found >= 0 ? cell.At.Column + found : cell.At.Column;
                from = found >= 0 ? found + piece.Length : from;
                tokens.Add(new Cell(piece, cell.At with { Column = column }));
            }
        }

        return tokens;
    }

    /// <summary>Text lines as rows, each split by <see cref="LineCells"/> once, when first read.</summary>
    private sealed class SplitOnDemand(IReadOnlyList<string> lines, int count) : IReadOnlyList<Row>
    {
        private readonly Row?[] _rows = new Row?[count];

        public int Count => count;

        public Row this[int index] => _rows[index] ??= LineCells.Split(index + 1, lines[index]);

        public IEnumerator<Row> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
