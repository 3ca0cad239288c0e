namespace GoalLint.Ingest.Forms;

/// <summary>
/// A header label alone on its line (one cell per line, as a PDF's text layer gives a form): its
/// value is the next line, and what the page wrapped goes on over the lines right after it. A
/// bracketed note under a label (项目资金 / （万元）) is part of the label; a long value's lines up to
/// the next label or the indicator header are one value (老旧小区二次供水设施 / 改造).
/// </summary>
internal static class LoneLabel
{
    /// <summary>A line shorter than this filled no cell's width, so nothing wrapped after it.</summary>
    private const int MinWrappedLine = 8;

    private const int MaxWrapLines = 4;

    private const int MaxNote = 12;

    /// <summary>The label with the bracketed note on the line right after it; <paramref name="i"/> moves past the note.</summary>
    public static Cell WithNote(Cell label, IReadOnlyList<Row> rows, ref int i, int to)
    {
        if (i + 1 < to && rows[i + 1].Only is { } note && IsNote(note.Text.Trim()))
        {
            i++;
            return label with { Text = CellText.JoinWrapped([label.Text, note.Text]) };
        }

        return label;
    }

    /// <summary>The next filled row's only cell when it is no label, with the lines it wrapped onto; <paramref name="i"/> moves past them.</summary>
    public static Cell? Value(IReadOnlyList<Row> rows, ref int i, int to)
    {
        for (var j = i + 1; j < to; j++)
        {
            var filled = rows[j].Cells.Where(c => !c.IsBlank).ToArray();
            if (filled.Length == 0)
            {
                continue;
            }

            if (filled.Length == 1 && IsText(filled[0]))
            {
                var wrapped = Wrapped(rows, j, to);
                i = j + wrapped.Count;
                return wrapped.Count == 0 ? filled[0] : filled[0] with { Text = CellText.JoinWrapped([filled[0].Text, .. wrapped]) };
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The lines right after a value's line <paramref name="j"/> that continue it: each no longer than the
    /// line before, after a line long enough to have wrapped, and the run ended by a label or the header.
    /// </summary>
    private static List<string> Wrapped(IReadOnlyList<Row> rows, int j, int to)
    {
        var lines = new List<string>();
        var previous = rows[j].Only!.Text.Trim();
        for (var k = j + 1; lines.Count <= MaxWrapLines; k++)
        {
            if (k >= to || rows[k].Only is { } next && FieldCells.IsLabel(next.Text))
            {
                return lines;
            }

            if (rows[k].Only is not { } line || !IsText(line) || previous.Length < MinWrappedLine || line.Text.Trim().Length > previous.Length)
            {
                return [];
            }

            previous = line.Text.Trim();
            lines.Add(previous);
        }

        return [];
    }

    private static bool IsText(Cell cell) =>
        !FieldCells.IsLabel(cell.Text) && FieldCells.UnitLine(cell.Text) is null && YearLine.Of(cell) is null;

    private static bool IsNote(string text) =>
        text.Length is > 2 and <= MaxNote && text[0] is '(' or '（' && text[^1] is ')' or '）';
}
