namespace GoalLint.Rules;

/// <summary>
/// The longest block of equal rows two tables share, for <see cref="DuplicateBlockAnalyzer"/>: one run,
/// or two runs of at least two rows each with at most one row between them in each table.
/// </summary>
/// <remarks>
/// Walks the grid of row pairs one diagonal at a time and keeps only three diagonals of run lengths,
/// so memory grows with the shorter table, not with the product of both (a hostile pair of tables with
/// thousands of shared rows must not cost hundreds of MB). Where several blocks tie, the one that ends
/// first in (row, other row) order wins, so the answer does not depend on the walking order.
/// </remarks>
internal static class CommonBlock
{
    /// <summary>The rows between the two runs of a split block, in this table and in the other.</summary>
    private static readonly (int Gap, int OtherGap)[] Gaps = [(1, 0), (0, 1), (1, 1)];

    /// <summary>
    /// Where the block starts in each list, how many rows the two tables share in it, and whether it is split.
    /// Rows are keys; a negative key never equals anything. A gap costs one row of evidence: blocks are
    /// compared by shared rows less one for a split one.
    /// </summary>
    public static (int Start, int OtherStart, int Length, bool Split) Longest(int[] rows, int[] otherRows)
    {
        var (n, m) = (rows.Length, otherRows.Length);
        // starts[k][a]: the run of equal rows starting at rows[a] / otherRows[a + d] on diagonal d = d0 - 1 + k.
        var starts = new[] { new int[n + 1], new int[n + 1], new int[n + 1] };
        FillStarts(rows, otherRows, -n - 1, starts[1]);
        FillStarts(rows, otherRows, -n, starts[2]);

        var best = (Start: 0, OtherStart: 0, Length: 0, Split: false);
        var bestEnd = (I: int.MaxValue, J: int.MaxValue);
        for (var d = -n; d <= m; d++)
        {
            (starts[0], starts[1], starts[2]) = (starts[1], starts[2], starts[0]);
            FillStarts(rows, otherRows, d + 1, starts[2]);

            // run: the rows equal up to rows[i - 1] / otherRows[j - 1], on diagonal d.
            var run = 0;
            for (var i = Math.Max(1, 1 - d); i <= n && i + d <= m; i++)
            {
                var j = i + d;
                run = Same(rows[i - 1], otherRows[j - 1]) ? run + 1 : 0;
                if (run == 0)
                {
                    continue;
                }

                // The second run starts after a gap of one row in either table (or both), never of none: that would be the same run.
                var block = (Start: i - run, OtherStart: j - run, Length: run, Split: false);
                foreach (var (gap, otherGap) in run >= 2 ? Gaps : [])
                {
                    var next = i + gap < n && j + otherGap < m ? starts[1 + otherGap - gap][i + gap] : 0;
                    if (next >= 2 && run + next - 1 > Evidence(block))
                    {
                        block = (i - run, j - run, run + next, true);
                    }
                }

                if (Evidence(block) > Evidence(best) || (Evidence(block) == Evidence(best) && (i, j).CompareTo(bestEnd) < 0))
                {
                    (best, bestEnd) = (block, (i, j));
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Fills <paramref name="starts"/> with the runs starting on diagonal <paramref name="d"/>, where it crosses the
    /// grid; the rest of the buffer keeps another diagonal's values, which no caller reads.
    /// </summary>
    private static void FillStarts(int[] rows, int[] otherRows, int d, int[] starts)
    {
        var end = Math.Min(rows.Length, otherRows.Length - d);
        if (end < 0)
        {
            return;
        }

        starts[end] = 0;
        for (var a = end - 1; a >= Math.Max(0, -d); a--)
        {
            starts[a] = Same(rows[a], otherRows[a + d]) ? starts[a + 1] + 1 : 0;
        }
    }

    private static bool Same(int row, int otherRow) => row >= 0 && row == otherRow;

    private static int Evidence((int Start, int OtherStart, int Length, bool Split) block) => block.Length - (block.Split ? 1 : 0);
}
