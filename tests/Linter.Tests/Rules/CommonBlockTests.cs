using GoalLint.Rules;

namespace GoalLint.Tests.Rules;

public class CommonBlockTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 9, 1, 2, 3, 4 }, 0, 1, 4, false)]
    [InlineData(new[] { 1, 2, 3, 7, 4, 5 }, new[] { 1, 2, 3, 4, 5 }, 0, 0, 5, true)]
    [InlineData(new[] { 1, 2, -1, 4 }, new[] { 1, 2, -1, 4 }, 0, 0, 2, false)]
    [InlineData(new int[0], new[] { 1 }, 0, 0, 0, false)]
    public void Finds_the_longest_whole_or_split_block(int[] rows, int[] otherRows, int start, int otherStart, int length, bool split) =>
        Assert.Equal((start, otherStart, length, split), CommonBlock.Longest(rows, otherRows));

    /// <summary>The walk by diagonals gives the same block, ties included, as the plain search over the full grid.</summary>
    [Fact]
    public void Agrees_with_the_search_over_the_full_grid()
    {
        var random = new Random(20261207);
        for (var trial = 0; trial < 5000; trial++)
        {
            var keys = random.Next(1, 6);
            var rows = Rows(random, random.Next(0, 14), keys);
            var otherRows = Rows(random, random.Next(0, 14), keys);
            Assert.Equal(FullGrid(rows, otherRows), CommonBlock.Longest(rows, otherRows));
        }
    }

    [Fact]
    public void Memory_grows_with_the_tables_not_with_their_product()
    {
        var rows = Enumerable.Range(0, 4000).ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var block = CommonBlock.Longest(rows, rows);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((0, 0, 4000, false), block);
        Assert.True(allocated < 1_000_000, $"{allocated} bytes for two tables of 4,000 rows");
    }

    private static int[] Rows(Random random, int count, int keys) =>
        Enumerable.Range(0, count).Select(_ => random.Next(-1, keys)).ToArray();

    /// <summary>The reference: run lengths kept for every pair of rows, ties to the first end in (row, other row) order.</summary>
    private static (int Start, int OtherStart, int Length, bool Split) FullGrid(int[] rows, int[] otherRows)
    {
        var ends = new int[rows.Length + 1, otherRows.Length + 1];
        var starts = new int[rows.Length + 1, otherRows.Length + 1];
        for (var i = 1; i <= rows.Length; i++)
        {
            for (var j = 1; j <= otherRows.Length; j++)
            {
                ends[i, j] = Same(rows[i - 1], otherRows[j - 1]) ? ends[i - 1, j - 1] + 1 : 0;
            }
        }

        for (var i = rows.Length - 1; i >= 0; i--)
        {
            for (var j = otherRows.Length - 1; j >= 0; j--)
            {
                starts[i, j] = Same(rows[i], otherRows[j]) ? starts[i + 1, j + 1] + 1 : 0;
            }
        }

        var best = (Start: 0, OtherStart: 0, Length: 0, Split: false);
        for (var i = 1; i <= rows.Length; i++)
        {
            for (var j = 1; j <= otherRows.Length; j++)
            {
                var run = ends[i, j];
                if (run == 0)
                {
                    continue;
                }

                var block = (Start: i - run, OtherStart: j - run, Length: run, Split: false);
                foreach (var (gap, otherGap) in run >= 2 ? [(1, 0), (0, 1), (1, 1)] : Array.Empty<(int, int)>())
                {
                    if (i + gap < rows.Length && j + otherGap < otherRows.Length && starts[i + gap, j + otherGap] >= 2
                        && run + starts[i + gap, j + otherGap] - 1 > Evidence(block))
                    {
                        block = (i - run, j - run, run + starts[i + gap, j + otherGap], true);
                    }
                }

                if (Evidence(block) > Evidence(best))
                {
                    best = block;
                }
            }
        }

        return best;
    }

    private static bool Same(int row, int otherRow) => row >= 0 && row == otherRow;

    private static int Evidence((int Start, int OtherStart, int Length, bool Split) block) => block.Length - (block.Split ? 1 : 0);
}
