using GoalLint.Shared.Messages;
namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>
/// Splits the lines of one row whose cells all wrapped onto lines of their own (name, then the
/// cycle value, then the annual value) by trying every cut and scoring it: the two values
/// should read alike, each cell's lines should wrap like one cell, and the name should not
/// start like the tail of a sentence.
/// </summary>
internal static class LineSplit
{
    /// <summary>A name wraps onto at most this many lines.</summary>
    private const int MaxNameLines = 3;

    /// <summary>Longer runs are not one row; the caps keep hostile input from making the search slow.</summary>
    private const int MaxRowLines = 60;

    private const int MaxRowChars = 4000;

    /// <summary>Below this likeness of the two values, a cut that nearly ties with another is reported, not trusted.</summary>
    private const double SureLikeness = 0.6;

    private const double SureMargin = 0.15;

    /// <summary>Characters that never start a cell: the text before them wrapped.</summary>
    private const string TailStarts = "，。、；：）)》%…,.;:";

    /// <summary>The best reading of <paramref name="lines"/> and its score, or null when they are too few or too many for one row.</summary>
    /// <param name="lines">The row's lines in source order.</param>
    /// <param name="fullWidth">How wide a full name line is; a name continues on the next line only after a full one.</param>
    public static (RecoveredRow Row, double Score)? Best(IReadOnlyList<PdfToken> lines, int fullWidth)
    {
        if (lines.Count is < 3 or > MaxRowLines || lines.Sum(l => l.Text.Length) > MaxRowChars)
        {
            return null;
        }

        var startPenalty = TailStarts.Contains(lines[0].Text[0]) ? 1.0 : 0;
        (int Name, int Cycle, double Score, double Likeness) best = (0, 0, double.NegativeInfinity, 0);
        var runnerUp = double.NegativeInfinity;
        for (var name = 1; name <= Math.Min(MaxNameLines, lines.Count - 2); name++)
        {
            if (name > 1 && Wrap.Shortfall(lines[name - 2], lines[name - 1], fullWidth) > 1)
            {
                break;
            }

            for (var cycle = 1; name + cycle < lines.Count; cycle++)
            {
                var c = Slice(lines, name, cycle);
                var a = Slice(lines, name + cycle, lines.Count - name - cycle);
                var likeness = Similarity.Of(Join(c), Join(a));
                var score = likeness - Wrap.Penalty(c) - Wrap.Penalty(a) - startPenalty;
                if (score > best.Score)
                {
                    runnerUp = best.Score;
                    best = (name, cycle, score, likeness);
                }
                else
                {
                    runnerUp = Math.Max(runnerUp, score);
                }
            }
        }

        var doubt = best.Likeness < SureLikeness && best.Score - runnerUp < SureMargin
            ? Message.Of("ingest.doubt.ambiguous-cut", ("best", best.Score), ("next", runnerUp))
            : null;
        var row = new RecoveredRow(
            Slice(lines, 0, best.Name),
            Slice(lines, best.Name, best.Cycle),
            Slice(lines, best.Name + best.Cycle, lines.Count - best.Name - best.Cycle),
            doubt);
        return (row, best.Score);
    }

    /// <summary>Whether <paramref name="lines"/> read as one wrapped name: every line before the last is full.</summary>
    public static bool IsWrappedName(IReadOnlyList<PdfToken> lines, int fullWidth)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (Wrap.Shortfall(lines[i], lines[i + 1], fullWidth) > 1)
            {
                return false;
            }
        }

        return lines.Count == 0 || !TailStarts.Contains(lines[0].Text[0]);
    }

    private static string Join(IEnumerable<PdfToken> lines) => CellText.JoinWrapped(lines.Select(l => l.Text));

    private static PdfToken[] Slice(IReadOnlyList<PdfToken> lines, int start, int count) =>
        lines.Skip(start).Take(count).ToArray();
}
