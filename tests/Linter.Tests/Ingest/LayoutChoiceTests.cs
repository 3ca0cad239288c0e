using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Tests.Ingest;

/// <summary>
/// Which reading of a file is kept: the best match's when it reads the file whole or no other reader
/// contests its match; otherwise the reading that covers most of the text, whatever words made the
/// readers match.
/// </summary>
public sealed class LayoutChoiceTests
{
    [Fact]
    public void A_whole_reading_by_the_best_match_is_kept_and_no_other_reader_runs()
    {
        var (marker, engine) = (new Fake("marker", 0.9, cells: 3, lost: false), new Fake("engine", 0.5, cells: 9, lost: false));

        var document = Load(marker, engine);

        Assert.Equal("marker", document.Layout);
        Assert.Equal(0, engine.Reads);
    }

    [Fact]
    public void A_reading_that_lost_text_gives_way_to_one_that_covers_more()
    {
        var (marker, engine) = (new Fake("marker", 0.9, cells: 3, lost: true), new Fake("engine", 0.8, cells: 9, lost: false));

        var document = Load(marker, engine);

        Assert.Equal("engine", document.Layout);
        Assert.Equal(9, document.Tables.Single().Indicators.Count);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_reading_that_lost_text_is_kept_when_no_other_covers_more()
    {
        var (marker, engine) = (new Fake("marker", 0.9, cells: 9, lost: true), new Fake("engine", 0.8, cells: 3, lost: false));

        var document = Load(marker, engine);

        Assert.Equal("marker", document.Layout);
        Assert.Equal("unplaced-row", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void A_lossy_reading_by_a_clear_best_match_is_not_read_again_by_a_weak_match()
    {
        var (form, fallback) = (new Fake("form", 0.95, cells: 3, lost: true), new Fake("fallback", 0.31, cells: 9, lost: false));

        var document = Load(form, fallback);

        Assert.Equal("form", document.Layout);
        Assert.Equal(0, fallback.Reads);
    }

    private static PerformanceDocument Load(params ILayoutReader[] readers)
    {
        using var folder = new TempFolder();
        return new DocumentLoader(readers, IngestLimits.Default).Load(folder.Write("table.txt", "一级指标\t二级指标\t三级指标\t指标值\n"));
    }

    /// <summary>A reader that matches at <paramref name="score"/> and reads one indicator per line, each name a cell of its own.</summary>
    private sealed class Fake(string layout, double score, int cells, bool lost) : ILayoutReader
    {
        public int Reads { get; private set; }

        public string Layout => layout;

        public double Match(SourceText source) => score;

        public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
        {
            Reads++;
            var table = new PerformanceTable { Kind = TableKind.ProjectGoals, Layout = layout };
            table.Indicators.AddRange(Enumerable.Range(1, cells).Select(line => new Indicator { Name = new TextField("指标", new SourceLocation(line, 1)) }));
            if (lost)
            {
                context.Report("unplaced-row", Message.Of("ingest.unplaced-row.no-label"), new SourceLocation(1, 1));
            }

            return [table];
        }
    }
}
