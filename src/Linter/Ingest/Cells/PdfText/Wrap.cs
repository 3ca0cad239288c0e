namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>
/// How text wraps in a PDF table cell: the converter breaks a line after any character once the
/// next one would not fit, but keeps runs of digits and Latin letters whole. So every line of a
/// wrapped cell but the last is as full as the column allows.
/// </summary>
internal static class Wrap
{
    /// <summary>Columns a line falls short of <paramref name="width"/> once the first unbreakable piece of the next line is added.</summary>
    public static int Shortfall(PdfToken line, PdfToken next, int width) =>
        width - (PdfLine.Width(line.Text) + AtomWidth(next.Text));

    /// <summary>
    /// How badly a run of lines fails to read as one wrapped cell: each line before the last must
    /// be full against the widest line of the run. 0 when it reads as one cell.
    /// </summary>
    public static double Penalty(IReadOnlyList<PdfToken> lines)
    {
        if (lines.Count < 2)
        {
            return 0;
        }

        var width = lines.Max(l => PdfLine.Width(l.Text));
        var penalty = 0.0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            penalty += Math.Max(0, Shortfall(lines[i], lines[i + 1], width) - 1) / 4.0;
        }

        return penalty;
    }

    /// <summary>The width of the first piece a line break cannot split: a run of ASCII letters and digits, or one character.</summary>
    private static int AtomWidth(string text)
    {
        var run = 0;
        while (run < text.Length && text[run] < 0x80 && (char.IsLetterOrDigit(text[run]) || text[run] is '.' or '%'))
        {
            run++;
        }

        return run > 0 ? run : PdfLine.Width(text.Length > 0 ? text[..1] : "");
    }
}
