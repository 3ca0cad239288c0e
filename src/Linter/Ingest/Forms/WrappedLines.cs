namespace GoalLint.Ingest.Forms;

/// <summary>
/// Lines of space-aligned text that only continue a text cell of the row above: a 偏差原因 or 指标解释 the
/// export wrapped onto lines of their own, under its column. Each is joined back into that cell before the
/// rows are read, so a wrap never becomes an indicator of its own.
/// </summary>
internal static class WrappedLines
{
    private static readonly ColumnRole[] TextRoles = [ColumnRole.Deviation, ColumnRole.Explanation, ColumnRole.Description, ColumnRole.Standard, ColumnRole.Basis, ColumnRole.Formula];

    /// <remarks>
    /// The wraps of a row are collected and joined into their cells once, when the next row starts: a cell
    /// wrapped over thousands of lines (a copied line) would otherwise be copied again for every line.
    /// </remarks>
    public static List<Row> Joined(List<Row> body, FormColumns columns)
    {
        var rows = new List<Row>(body.Count);
        var wraps = new List<(int Cell, string Text)>();
        foreach (var row in body)
        {
            if (rows.Count > 0 && Continued(rows[^1], wraps, row, columns) is var k and >= 0)
            {
                wraps.Add((k, row.Only!.Text));
                continue;
            }

            Join(rows, wraps);
            rows.Add(row);
        }

        Join(rows, wraps);
        return rows;
    }

    /// <summary>The last row with its wraps appended to their cells, in order.</summary>
    private static void Join(List<Row> rows, List<(int Cell, string Text)> wraps)
    {
        if (wraps.Count == 0)
        {
            return;
        }

        var cells = rows[^1].Cells.ToArray();
        foreach (var cell in wraps.Select(w => w.Cell).Distinct())
        {
            cells[cell] = cells[cell] with { Text = cells[cell].Text + string.Concat(wraps.Where(w => w.Cell == cell).Select(w => w.Text)) };
        }

        rows[^1] = rows[^1] with { Cells = cells };
        wraps.Clear();
    }

    /// <summary>The cell of the row above the line continues (after the <paramref name="wraps"/> already joined to it); -1 when the line is a row of its own.</summary>
    /// <remarks>
    /// A line that reads as a value (50%-60%得10分，) is a row of its own, unless the cell it would continue stops
    /// mid-sentence (覆盖率≥60%得满分；): a 评分标准 wrapped over several lines, one grade a line.
    /// </remarks>
    private static int Continued(Row above, List<(int Cell, string Text)> wraps, Row line, FormColumns columns)
    {
        // A row with wraps was spaced before them: its cells stand in its raw line as they were.
        if (line.Only is not { } text || !IsSpaced(line) || wraps.Count == 0 && !IsSpaced(above) || above.Filled.Take(2).Count() < 2
            || Vocabulary.Current.IsFrameLabel(text.Text))
        {
            return -1;
        }

        // The cell above whose column the line starts in: the last that starts at or before it, on screen.
        var start = Display(line.Raw, text.At.Column - 1);
        var k = -1;
        for (var c = 0; c < above.Cells.Count; c++)
        {
            if (!above.Cells[c].IsBlank && Display(above.Raw, above.Cells[c].At.Column - 1) <= start)
            {
                k = c;
            }
        }

        var tail = wraps.FindLast(w => w.Cell == k).Text ?? (k >= 0 ? above.Cells[k].Text : "");
        return k < 0 || RoleOf(above, above.Cells[k], columns) is not { } role || !TextRoles.Contains(role)
            || ValueShape.LooksLikeValue(text.Text) && !EndsMidSentence(tail)
            ? -1
            : k;
    }

    private static bool EndsMidSentence(string text) => text.Length > 0 && text[^1] is '，' or '；' or '、' or ',' or ';';

    private static ColumnRole? RoleOf(Row row, Cell cell, FormColumns columns)
    {
        var (slots, _) = BlockCells.Place(row, columns, 0);
        var index = Array.FindIndex(slots, s => ReferenceEquals(s, cell));
        return index < 0 ? null : columns.Columns.FirstOrDefault(c => c.Index == index)?.Role;
    }

    /// <summary>A line split at runs of spaces: every cell stands in the raw line at its column, after blank space.</summary>
    private static bool IsSpaced(Row row)
    {
        if (row.Raw.Contains('\t') || row.Raw.Contains('|'))
        {
            return false;
        }

        foreach (var cell in row.Filled)
        {
            var at = cell.At.Column - 1;
            if (at < 0 || at >= row.Raw.Length || !row.Raw.AsSpan(at).StartsWith(cell.Text, StringComparison.Ordinal) || at > 0 && !char.IsWhiteSpace(row.Raw[at - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a character position shows on screen: CJK and full-width characters take two columns.</summary>
    private static int Display(string raw, int position)
    {
        var width = 0;
        for (var i = 0; i < Math.Min(position, raw.Length); i++)
        {
            width += raw[i] >= '\u2E80' ? 2 : 1;
        }

        return width;
    }
}
