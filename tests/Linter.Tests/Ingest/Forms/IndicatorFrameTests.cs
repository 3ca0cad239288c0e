using GoalLint.Ingest;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Forms;

/// <summary>
/// The one slot bookkeeping every reader places rows through (<see cref="IndicatorFrame"/>). Each row
/// of a case is 一级|二级|rows (blank label = a blank cell; rows = 1 when it holds an indicator);
/// the slots it declares and the labels the last row sits under are checked.
/// </summary>
public sealed class IndicatorFrameTests
{
    [Theory]
    // A 一级 on a row of its own is replaced by the first 二级 under it.
    [InlineData("产出指标||0; |数量指标|1; ||1; |质量指标|1", "产出指标/数量指标:2; 产出指标/质量指标:1", "产出指标/质量指标")]
    // Labels repeated on every row (an unmerged export, or printed again after a page break) are one slot.
    [InlineData("产出指标|数量指标|1; 产出指标|数量指标|1; 产出指标|质量指标|1", "产出指标/数量指标:2; 产出指标/质量指标:1", "产出指标/质量指标")]
    [InlineData("效益指标|社会效益 指标|1; 效益指标|社会效益指标|1", "效益指标/社会效益指标:2", "效益指标/社会效益指标")]
    [InlineData("产出指标|数量指标|1; |质量指标|1; 产出指标|质量指标|1", "产出指标/数量指标:1; 产出指标/质量指标:2", "产出指标/质量指标")]
    // A 一级 that heads no 二级 and no row still declares its slot; so does a 二级 with no row.
    [InlineData("产出指标|数量指标|1; 满意度指标||0", "产出指标/数量指标:1; 满意度指标/-:0", "满意度指标/-")]
    [InlineData("效益指标|社会效益指标|0; |生态效益指标|1", "效益指标/社会效益指标:0; 效益指标/生态效益指标:1", "效益指标/生态效益指标")]
    // A new 一级 starts a new block: its 二级 does not carry across it.
    [InlineData("产出指标|数量指标|1; 效益指标||1", "产出指标/数量指标:1; 效益指标/-:1", "效益指标/-")]
    // Rows before any label share one unlabelled slot; a row with neither labels nor indicator declares nothing.
    [InlineData("||1; ||1", "-/-:2", "-/-")]
    [InlineData("||0", "", "-/-")]
    public void Rows_declare_slots_and_carry_labels_down(string rows, string slots, string lastLabels)
    {
        var frame = new IndicatorFrame();
        (TextField? Level1, TextField? Level2) labels = default;
        var line = 0;
        foreach (var row in rows.Split("; "))
        {
            var parts = row.Split('|');
            line++;
            labels = frame.Place(Cell(parts[0], line, 1), Cell(parts[1], line, 2), parts[2] == "1", new SourceLocation(line, 1));
        }

        Assert.Equal(slots, string.Join("; ", frame.Slots.Select(s => $"{s.Level1?.Text ?? "-"}/{s.Level2?.Text ?? "-"}:{s.IndicatorCount}")));
        Assert.Equal(lastLabels, $"{labels.Level1?.Text ?? "-"}/{labels.Level2?.Text ?? "-"}");
    }

    [Fact]
    public void A_slot_sits_at_the_label_that_declared_it()
    {
        var frame = new IndicatorFrame();
        frame.Place(Cell("产出指标", 3, 1), null, hasIndicator: false, new SourceLocation(3, 1));
        frame.Place(null, Cell("数量指标", 4, 2), hasIndicator: true, new SourceLocation(4, 1));

        Assert.Equal(new SourceLocation(4, 2), Assert.Single(frame.Slots).At);
    }

    private static Cell? Cell(string text, int line, int column) => text.Length == 0 ? null : new Cell(text, new SourceLocation(line, column));
}
