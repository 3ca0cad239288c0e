using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class FixedWidthCutAnalyzerTests
{
    private static PerformanceDocument Document(params string[] names)
    {
        var document = new PerformanceDocument { Path = "t.txt" };
        document.Tables.Add(Table().With([.. names.Select((n, i) => Row(10 + i, "数量指标", n, annual: "≥95%"))]));
        return document;
    }

    [Fact]
    public void Names_that_all_stop_at_one_width_are_one_finding_at_the_first_that_reaches_it()
    {
        var document = Document("档案数量", "服务大厅满意", "附图关联准确", "软件开发成本", "系统故障修复", "硬件配置完成", "维护及时响应", "用户使用满意", "系统正常运行", "数据汇交完成");

        var issue = Assert.Single(Run(new FixedWidthCutAnalyzer(), [document]));

        Assert.Equal(("服务大厅满意", 11), (issue.Evidence, issue.At.Line));
        Assert.Equal("12", issue.Values!["width"]);
    }

    [Fact]
    public void Names_of_natural_lengths_are_not_a_cut() =>
        Assert.Empty(Run(new FixedWidthCutAnalyzer(), [Document(
            "档案数量", "服务大厅办事群众满意度", "附图关联准确率", "软件开发人月单价", "系统故障平均修复时长", "硬件配置完成率",
            "维护响应时间", "用户满意度", "系统全年正常运行率", "数据汇交完成率", "新增停车位数量", "验收合格率")]));
}
