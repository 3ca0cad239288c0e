using GoalLint.Model;

namespace GoalLint.Ingest.Cells;

/// <summary>
/// The cells of one Markdown pipe row, trimmed as written, with or without its outer pipes (<c>| a | b |</c>,
/// <c>a | b</c>); <c>\|</c> is a pipe inside a cell. A blank cell is placed just after the pipe
/// that opens it. At most <see cref="Row.MaxCells"/> cells are read: a row of thousands of
/// pipes costs no more than the cells kept.
/// </summary>
public static class PipeCells
{
    /// <summary>The cells of <paramref name="text"/>, up to <see cref="Row.MaxCells"/> of them.</summary>
    public static List<Cell> Split(int line, string text)
    {
        var cells = new List<Cell>();
        var start = 0;
        var escaped = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (text[i] != '|' || (i > 0 && text[i - 1] == '\\')))
            {
                escaped |= i < text.Length && text[i] == '|';
                continue;
            }

            // The text before a leading pipe and after a trailing one is not a cell.
            var blank = text.AsSpan(start, i - start).IsWhiteSpace();
            var outer = blank && (start == 0 || (i == text.Length && cells.Count > 0));
            if (!outer)
            {
                if (cells.Count == Row.MaxCells)
                {
                    break;
                }

                cells.Add(Cell(line, text, start, i, escaped));
            }

            escaped = false;
            start = i + 1;
        }

        return cells;
    }

    /// <summary>A Markdown delimiter row (|---|:---:|) holds no cells.</summary>
    public static bool IsRule(ReadOnlySpan<char> text)
    {
        var dash = false;
        foreach (var c in text)
        {
            if (c is not ('|' or '-' or ':' or ' ' or '=' or '\t'))
            {
                return false;
            }

            dash |= c == '-';
        }

        return dash && text.Contains('|');
    }

    private static Cell Cell(int line, string text, int start, int end, bool escaped)
    {
        var raw = text.AsSpan(start, end - start);
        var lead = raw.Length - raw.TrimStart().Length;
        if (lead == raw.Length)
        {
            return new Cell("", new SourceLocation(line, Math.Min(start, text.Length) + 1));
        }

        var body = raw.Trim().ToString();
        return new Cell(escaped ? body.Replace("\\|", "|", StringComparison.Ordinal) : body, new SourceLocation(line, start + lead + 1));
    }
}
