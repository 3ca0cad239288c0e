using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>One cell of a grid row, trimmed, with where it starts.</summary>
public sealed record Cell(string Text, SourceLocation At)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public TextField ToField() => new(Text, At);
}

/// <summary>
/// A row of cells: a tab-separated line, a CSV record, a spreadsheet row or a Markdown table
/// row. A line without separators is a row of one cell. Grid layouts read rows, so every
/// physical format that yields rows feeds the same readers.
/// </summary>
public sealed record Row(int Line, IReadOnlyList<Cell> Cells, string Raw)
{
    /// <summary>
    /// Most cells read from one line of text; the widest form has about twenty. Cells past it are
    /// not split (the loader reports the line), so a line of thousands of separators costs what
    /// its first cells cost.
    /// </summary>
    public const int MaxCells = 64;

    public string this[int index] => index < Cells.Count ? Cells[index].Text : "";

    /// <summary>The cells that hold text, in order.</summary>
    public IEnumerable<Cell> Filled => Cells.Where(c => !c.IsBlank);

    public bool IsBlank => Cells.All(c => c.IsBlank);

    /// <summary>The row's one cell that holds text: null when it holds none or several (a title, a sign-off line).</summary>
    public Cell? Only
    {
        get
        {
            Cell? only = null;
            foreach (var cell in Cells)
            {
                if (!cell.IsBlank)
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = cell;
                }
            }

            return only;
        }
    }

    public SourceLocation At => Cells.Count > 0 ? Cells[0].At : new SourceLocation(Line, 1);

    /// <summary>
    /// Splits a tab-separated line, up to <see cref="MaxCells"/> cells; each cell keeps its 1-based
    /// column. One string per cell, trimmed where it lies (every line of every text file is split
    /// here: a substring and its trimmed copy per cell were a tenth of a run's allocations).
    /// </summary>
    public static Row FromTabSeparated(int line, string text)
    {
        var cells = new Cell[Math.Min(text.AsSpan().Count('\t') + 1, MaxCells)];
        var start = 0;
        for (var n = 0; n < cells.Length; n++)
        {
            var tab = text.IndexOf('\t', start);
            var end = tab < 0 ? text.Length : tab;
            var from = start;
            while (from < end && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            var to = end;
            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            var trimmed = to - from == text.Length ? text : text.Substring(from, to - from);
            cells[n] = new Cell(trimmed, new SourceLocation(line, from + 1));
            start = tab + 1;
        }

        return new Row(line, cells, text);
    }
}
