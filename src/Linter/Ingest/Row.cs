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

    /// <summary>Splits a tab-separated line, up to <see cref="MaxCells"/> cells; each cell keeps its 1-based column.</summary>
    public static Row FromTabSeparated(int line, string text)
    {
        var cells = new List<Cell>();
        var start = 0;
        while (cells.Count < MaxCells)
        {
            var tab = text.IndexOf('\t', start);
            var end = tab < 0 ? text.Length : tab;
            var raw = text[start..end];
            var lead = raw.Length - raw.TrimStart().Length;
            cells.Add(new Cell(raw.Trim(), new SourceLocation(line, start + lead + 1)));
            if (tab < 0)
            {
                break;
            }

            start = tab + 1;
        }

        return new Row(line, cells, text);
    }
}
