using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class DuplicateNameAnalyzerTests
{
    [Fact]
    public void A_name_repeated_in_a_table_is_reported_at_each_repeat()
    {
        var table = Table(TableKind.ProjectGoals).With(
            Row(10, "数量指标", "培训场次", "≥4场"),
            Row(11, "质量指标", "服务对象满意度（%）", "≥90%"),
            Row(12, "时效指标", "培训 场次", "12月底前"),
            Row(13, "服务对象满意度指标", "服务对象满意度", "≥95%"));

        var issues = Run(new DuplicateNameAnalyzer(), table);

        Assert.Equal(["培训 场次", "服务对象满意度"], issues.Select(i => i.Evidence));
        Assert.Equal(At(12, 3), issues[0].At);
        Assert.Equal("第 10 行", issues[0].Values!["where"]);
        Assert.Equal("数量指标 › 培训场次", issues[0].Values!["first"]);
    }

    [Fact]
    public void Distinct_names_and_placeholder_marks_are_silent()
    {
        var table = Table(TableKind.ProjectGoals).With(
            Row(10, "数量指标", "培训场次", "≥4场"),
            Row(11, "数量指标", "培训人次", "≥200人次"),
            Row(12, "经济效益指标", "*", "0"),
            Row(13, "生态效益指标", "*", "0"));

        Assert.Empty(Run(new DuplicateNameAnalyzer(), table));
    }

    [Fact]
    public void Names_listed_as_placeholders_are_skipped()
    {
        var table = Table(TableKind.ProjectGoals).With(
            Row(10, "经济效益指标", "此项目不涉及该指标", "无"),
            Row(11, "生态效益指标", "此项目不涉及该指标", "无"));

        Assert.Single(Run(new DuplicateNameAnalyzer(), table));
        Assert.Empty(Run(new DuplicateNameAnalyzer(), table, ("ignore", new List<string> { "此项目不涉及该指标" })));
    }
}
