using GoalLint.Model;

namespace GoalLint.Ingest.Cells;

/// <summary>
/// The cells of one text line, located by line and column, in the shapes real exports take: tab
/// separated; a Markdown pipe row with or without its outer pipes (and a one-cell line that only
/// starts with <c>| </c> or ends with <c> |</c>); cells set apart by runs of two or more spaces
/// (or an ideographic space). Anything else is one cell, left to the block reader to regroup. A line
/// that only numbers a page (第 1 页，共 2 页) holds no cell.
/// </summary>
public static class LineCells
{
    public static Row Split(int line, string text)
    {
        if (text.Contains('\t'))
        {
            return Row.FromTabSeparated(line, text);
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Contains('|'))
        {
            return PipeCells.IsRule(trimmed) ? new Row(line, [], text) : new Row(line, PipeCells.Split(line, text), text);
        }

        // A paged export's foot (第 1 页，共 2 页) between two rows of a table is no row of it.
        if (PageNumbers.IsNamedPageNumber(trimmed))
        {
            return new Row(line, [], text);
        }

        return Spaced(line, text);
    }

    private static Row Spaced(int line, string text)
    {
        var cells = new List<Cell>();
        var start = 0;
        var i = 0;
        while (i < text.Length && cells.Count < Row.MaxCells - 1)
        {
            var gap = GapAt(text, i);
            if (gap > 0)
            {
                if (!text.AsSpan(start, i - start).IsWhiteSpace())
                {
                    Add(cells, line, text, start, i);
                }

                i += gap;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (!text.AsSpan(start).IsWhiteSpace() || cells.Count == 0)
        {
            Add(cells, line, text, start, text.Length);
        }

        return new Row(line, cells, text);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds more cells than a row keeps (<see cref="Row.MaxCells"/>),
    /// counted by the same separators <see cref="Split"/> uses, without splitting the line.
    /// </summary>
    public static bool Overflows(string text)
    {
        var span = text.AsSpan();
        if (span.Contains('\t'))
        {
            return span.Count('\t') >= Row.MaxCells;
        }

        var trimmed = span.Trim();
        if (trimmed.Contains('|'))
        {
            // A pipe row has a cell more than pipes inside it; an outer pipe opens or closes no cell.
            var cells = trimmed.Count('|') + 1 - (trimmed[0] == '|' ? 1 : 0) - (trimmed[^1] == '|' ? 1 : 0);
            return cells > Row.MaxCells;
        }

        var spaced = 0;
        var inCell = false;
        for (var i = 0; i < text.Length; i++)
        {
            var gap = GapAt(text, i);
            if (gap > 0)
            {
                inCell = false;
                i += gap - 1;
            }
            else if (!inCell && !char.IsWhiteSpace(text[i]))
            {
                spaced++;
                inCell = true;
            }
        }

        return spaced > Row.MaxCells;
    }

    /// <summary>The length of the cell gap at <paramref name="i"/>: two or more spaces, or an ideographic space; 0 when none.</summary>
    private static int GapAt(string text, int i)
    {
        var n = 0;
        while (i + n < text.Length && text[i + n] is ' ' or '\u3000')
        {
            n++;
        }

        return n >= 2 || (n == 1 && text[i] == '\u3000') ? n : 0;
    }

    /// <summary>The cell of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, trimmed: one string per cell, none for the line's own text.</summary>
    private static void Add(List<Cell> cells, int line, string text, int start, int end)
    {
        var raw = text.AsSpan(start, end - start);
        var lead = raw.Length - raw.TrimStart().Length;
        var trimmed = raw.Trim();
        cells.Add(new Cell(trimmed.Length == text.Length ? text : trimmed.ToString(), new SourceLocation(line, start + lead + 1)));
    }
}
