using System.Text;
using GoalLint.Ingest.Cells;
using GoalLint.Tests.Ingest.Documents;

namespace GoalLint.Tests.Ingest.Cells;

/// <summary>
/// A line that only numbers a page: anywhere in a text export when it names itself (第 1 页，共 2 页), only at a
/// PDF page's edge when it is a bare number (3, 3/9), which elsewhere is a value.
/// </summary>
public class PageNumbersTests
{
    [Theory]
    [InlineData("第 1 页，共 2 页", true)]
    [InlineData("第1页 共2页", true)]
    [InlineData("- 第 3 页 -", true)]
    [InlineData("第 3 页", true)]
    [InlineData("Page 2 of 5", true)]
    [InlineData("3", false)]
    [InlineData("3/9", false)]
    [InlineData("- 3 -", false)]
    [InlineData("共计 5 页材料", false)]
    [InlineData("第一批", false)]
    [InlineData("≥95%", false)]
    [InlineData("1200万元", false)]
    public void A_page_number_that_names_itself_is_one_anywhere(string line, bool named)
    {
        Assert.Equal(named, PageNumbers.IsNamedPageNumber(line));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("- 3 -")]
    [InlineData("3/9")]
    [InlineData("第 3 页 共 9 页")]
    [InlineData("Page 3")]
    public void At_a_page_edge_a_bare_number_is_one_too(string line)
    {
        Assert.True(PageNumbers.IsPageNumber(line));
    }

    [Fact]
    public void A_text_line_that_numbers_a_page_holds_no_cell()
    {
        Assert.Empty(LineCells.Split(11, "                                                 第 1 页，共 2 页").Cells);
        Assert.Equal(4, LineCells.Split(12, "产出指标   时效指标        设备故障修复时限      ≤48小时").Cells.Count);
    }

    /// <summary>A space-aligned export paged in the middle of its table: the page foot was read as a further indicator (and the table as cut off).</summary>
    [Fact]
    public void A_paged_text_export_reads_its_rows_without_the_page_foot()
    {
        const string text = """
                              项目支出绩效目标表
            项目名称：河道保洁服务项目
            项目资金（万元）：年度资金总额 80.00   其中：财政拨款 80.00
            一级指标   二级指标        三级指标                指标值
            产出指标   数量指标        保洁河道长度            ≥42公里
                       质量指标        河面漂浮物清理达标率    ≥95%
                                                                       第 1 页，共 2 页
            一级指标   二级指标        三级指标                指标值
            产出指标   时效指标        垃圾清运时限            当日清运
                       成本指标        每公里年保洁成本        ≤1.9万元
            效益指标   生态效益指标    河道水质达标率          ≥90%
            满意度指标 服务对象满意度  沿岸群众满意度          ≥90%
                                                                       第 2 页，共 2 页
            """;
        var table = Assert.Single(DocumentFixtures.Load(Encoding.UTF8.GetBytes(text), "paged.txt").Tables);

        Assert.Equal(["保洁河道长度", "河面漂浮物清理达标率", "垃圾清运时限", "每公里年保洁成本", "河道水质达标率", "沿岸群众满意度"], table.Indicators.Select(i => i.Name?.Text));
        Assert.False(table.Read!.CutOff);
    }
}
