using GoalLint.Ingest;
using GoalLint.Ingest.Cells;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Cells;

public class PipeTablesTests
{
    [Theory]
    [InlineData("| 指标名称 | 指标值 |\n|---|---|\n| 培训人次 | ≥100人次 |")]
    [InlineData("指标名称 | 指标值\n---|---\n培训人次 | ≥100人次")]
    [InlineData("| 指标名称 | 指标值\n|:---|---:\n| 培训人次 | ≥100人次")]
    public void Tables_read_with_or_without_outer_pipes(string text)
    {
        var table = Assert.Single(PipeTables.Read(Source(text)));

        Assert.True(table.IsTable);
        Assert.Equal([["指标名称", "指标值"], ["培训人次", "≥100人次"]], table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal(3, table.Rows[1].Line);
    }

    [Fact]
    public void Text_between_tables_is_one_cell_rows_and_headings_lose_their_marks()
    {
        var blocks = PipeTables.Read(Source("## 某某项目绩效自评表\n\n| a | b |\n|---|---|\n| 1 | 2 |\n备注：无\n\n| c |\n|---|"));

        Assert.Equal([false, true, false, true], blocks.Select(b => b.IsTable));
        Assert.Equal(("某某项目绩效自评表", new SourceLocation(1, 4)), (blocks[0].Rows[0][0], blocks[0].Rows[0].At));
        Assert.Equal("备注：无", blocks[2].Rows[0][0]);
    }

    [Fact]
    public void Bold_around_a_whole_title_line_or_cell_is_markup()
    {
        var blocks = PipeTables.Read(Source("**某市2025年度项目绩效目标表**\n\n| __项目名称__ | **某项目** | 2**3** |\n|---|---|---|\n| * | ** | x |"));

        Assert.Equal("某市2025年度项目绩效目标表", blocks[0].Rows[0][0]);
        Assert.Equal([["项目名称", "某项目", "2**3**"], ["*", "**", "x"]], blocks[1].Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
    }

    [Fact]
    public void Short_rows_are_not_padded_and_the_width_is_the_widest()
    {
        var table = Assert.Single(PipeTables.Read(Source("| a | b | c |\n|---|---|---|\n| x |\n| 1 | 2 | 3 | 4 |")));

        Assert.Equal([3, 1, 4], table.Rows.Select(r => r.Cells.Count));
        Assert.Equal(4, table.Width);
    }

    [Fact]
    public void A_row_is_read_to_the_cell_cap()
    {
        var wide = "|" + string.Concat(Enumerable.Repeat(" x |", Row.MaxCells + 500));

        var table = Assert.Single(PipeTables.Read(Source("| a |\n|---|\n" + wide)));

        Assert.Equal(Row.MaxCells, table.Rows[1].Cells.Count);
    }

    private static SourceText Source(string text) => new("t.md", text, "utf-8", SourceFormat.Markdown);
}
