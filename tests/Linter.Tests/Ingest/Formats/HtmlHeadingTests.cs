using GoalLint.Ingest;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>
/// Text above an HTML table is a row whatever element holds it: a paragraph or any heading level
/// gives the table its title, and a line of labelled fields gives each field, also where the page
/// collapsed the wide space between them to one. The page &lt;title&gt; is row 1 whatever element
/// the body opens with, so rows are numbered alike on every page.
/// </summary>
public sealed class HtmlHeadingTests
{
    public static TheoryData<string> Tags => new("p", "div", "h1", "h2", "h3", "h4", "h5", "h6");

    [Theory]
    [MemberData(nameof(Tags))]
    public void A_title_and_a_field_line_above_a_table_are_read_in_any_block_element(string tag)
    {
        using var folder = new TempFolder();
        var page = $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>项目绩效目标表</title></head><body>
            <{tag}>某县2026年度项目绩效目标表</{tag}>
            <{tag}>主管部门：某县水务局　实施单位：某县水利工程管理站</{tag}>
            <table>
            <tr><td>项目名称</td><td colspan="3">小型水库巡查维护</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>巡查水库座数</td><td>36座</td></tr>
            <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td></tr>
            </table></body></html>
            """;

        var table = Assert.Single(DocumentLoader.CreateDefault().Load(folder.Write("page.html", page)).Tables);

        Assert.Equal("某县2026年度项目绩效目标表", table.Title?.Text);
        Assert.Equal("某县水务局", table.Header.SupervisingDepartment?.Text);
        Assert.Equal("某县水利工程管理站", table.Header.SpendingUnit?.Text);
        Assert.Equal(2, table.Indicators.Count);
        Assert.Equal((2, 6), (table.Title!.At.Line, table.Indicators[0].At.Line));
    }
}
