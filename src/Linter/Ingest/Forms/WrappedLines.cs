namespace GoalLint.Ingest.Forms;

/// <summary>
/// Lines of space-aligned text that only continue a text cell of the row above: a 偏差原因 or 指标解释 the
/// export wrapped onto lines of their own, under its column. Each is joined back into that cell before the
/// rows are read, so a wrap never becomes an indicator of its own.
/// </summary>
internal static class WrappedLines
{
    private static readonly ColumnRole[] TextRoles = [ColumnRole.Deviation, ColumnRole.Explanation, ColumnRole.Description, ColumnRole.Standard, ColumnRole.Basis, ColumnRole.Formula];

    public static List<Row> Joined(List<Row> body, FormColumns columns)
    {
        var rows = new List<Row>(body.Count);
        var joinedLast = false;
        foreach (var row in body)
        {
            // A row a wrap was joined into was spaced before it: its joined cell no longer stands in its raw line.
            if (rows.Count > 0 && Continued(rows[^1], joinedLast, row, columns) is { } joined)
            {
                rows[^1] = joined;
                joinedLast = true;
            }
            else
            {
                rows.Add(row);
                joinedLast = false;
            }
        }

        return rows;
    }

    /// <summary>The row above with the line's text appended to the cell it starts under; null when the line is a row of its own.</summary>
    /// <remarks>
    /// A line that reads as a value (50%-60%得10分，) is a row of its own, unless the cell it would continue stops
    /// mid-sentence (覆盖率≥60%得满分；): a 评分标准 wrapped over several lines, one grade a line.
    /// </remarks>
    private static Row? Continued(Row above, bool aboveJoined, Row line, FormColumns columns)
    {
        if (line.Only is not { } text || !IsSpaced(line) || !aboveJoined && !IsSpaced(above) || above.Filled.Take(2).Count() < 2
            || Vocabulary.Current.IsFrameLabel(text.Text))
        {
            return null;
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

        if (k < 0 || RoleOf(above, above.Cells[k], columns) is not { } role || !TextRoles.Contains(role)
            || ValueShape.LooksLikeValue(text.Text) && !EndsMidSentence(above.Cells[k].Text))
        {
            return null;
        }

        var cells = above.Cells.ToArray();
        cells[k] = cells[k] with { Text = cells[k].Text + text.Text };
        return above with { Cells = cells };
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
