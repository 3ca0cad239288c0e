using GoalLint.Shared.Messages;
namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>
/// Cuts a run of wrapped lines into indicator rows. The converter leaves a blank line between
/// table rows (and sometimes inside one), so rows start at blocks; which blocks start rows is
/// chosen to give the best total reading, each row paying a fixed price so that two good rows
/// beat one muddled row and one good row beats two muddled halves.
/// </summary>
internal static class RowSegmenter
{
    /// <summary>What each row costs; a row must read better than this to be worth cutting.</summary>
    private const double RowPrice = 0.5;

    /// <summary>The score of lines that cannot form a row (fewer than three, nothing to close them).</summary>
    private const double Leftover = -3;

    /// <summary>A row spans at most this many blocks; with the caps in <see cref="LineSplit"/> this bounds the work per line.</summary>
    private const int MaxBlocks = 8;

    /// <summary>The rows of a run, in source order.</summary>
    /// <param name="blocks">Runs of single-cell lines, each starting after a blank line.</param>
    /// <param name="closing">A line with space-separated cells that ends the run (its last two pieces are values), or null.</param>
    /// <param name="fullWidth">How wide a full name line is.</param>
    public static List<RecoveredRow> Segment(IReadOnlyList<IReadOnlyList<PdfToken>> blocks, IReadOnlyList<PdfToken>? closing, int fullWidth)
    {
        var n = blocks.Count;
        var best = new double[n + 1];
        var cut = new int[n + 1];
        var rows = new RecoveredRow?[n + 1];
        for (var i = 1; i <= n; i++)
        {
            best[i] = double.NegativeInfinity;
            for (var j = Math.Max(0, i - MaxBlocks); j < i; j++)
            {
                var (row, score) = Plain(Lines(blocks, j, i), fullWidth);
                if (best[j] + score > best[i])
                {
                    (best[i], cut[i], rows[i]) = (best[j] + score, j, row);
                }
            }
        }

        var result = new List<RecoveredRow>();
        var end = n;
        if (closing is not null)
        {
            var (from, last) = Closing(blocks, closing, best, fullWidth);
            result.Add(last);
            end = from;
        }

        for (var i = end; i > 0; i = cut[i])
        {
            result.Add(rows[i]!);
        }

        result.Reverse();
        return result;
    }

    /// <summary>The best block to start the closing row at: the name may have wrapped onto the lines above the cells.</summary>
    private static (int From, RecoveredRow Row) Closing(IReadOnlyList<IReadOnlyList<PdfToken>> blocks, IReadOnlyList<PdfToken> closing, double[] best, int fullWidth)
    {
        var n = blocks.Count;
        (int From, RecoveredRow Row, double Score) choice = (n, TokenSplit.Split(closing, []), best[n] - RowPrice);
        for (var j = Math.Max(0, n - MaxBlocks); j < n; j++)
        {
            var prefix = Lines(blocks, j, n);
            var row = TokenSplit.Split(closing, prefix);
            var name = row.Name;
            var score = best[j] + (LineSplit.IsWrappedName(name, fullWidth) ? 1 : Leftover) - RowPrice;
            if (score > choice.Score)
            {
                choice = (j, row, score);
            }
        }

        return (choice.From, choice.Row);
    }

    private static (RecoveredRow Row, double Score) Plain(List<PdfToken> lines, int fullWidth)
    {
        if (LineSplit.Best(lines, fullWidth) is { } split)
        {
            return (split.Row, split.Score - RowPrice);
        }

        var doubt = Message.Of("ingest.doubt.no-row");
        return (new RecoveredRow(lines.Take(1).ToArray(), lines.Skip(1).ToArray(), [], doubt), Leftover);
    }

    private static List<PdfToken> Lines(IReadOnlyList<IReadOnlyList<PdfToken>> blocks, int from, int to) =>
        blocks.Skip(from).Take(to - from).SelectMany(b => b).ToList();
}
