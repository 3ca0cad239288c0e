using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class DeviationAnalyzerTests
{
    [Theory]
    [InlineData("≥90%", "75%", "20", "20")]
    [InlineData("≤5个工作日", "8个工作日", "10", "10")]
    [InlineData("100%", "100%", "20", "16.67")]
    public void A_miss_or_a_deduction_without_a_reason_is_reported(string target, string actual, string weight, string score)
    {
        var table = Table().With(Row(10, "数量指标", "设备配置完成率", target, actual, weight, score));

        var issue = Assert.Single(Run(new DeviationAnalyzer(), table));

        Assert.Equal((actual, At(10, 6)), (issue.Evidence, issue.At));
        Assert.Equal(target, issue.Values!["target"]);
    }

    [Fact]
    public void The_empty_reason_cell_is_where_the_finding_points_when_it_is_located()
    {
        var table = Table().With(Row(10, "数量指标", "设备配置完成率", "≥90%", "75%", "20", "16.67", reason: " "));

        Assert.Equal(At(10, 9), Assert.Single(Run(new DeviationAnalyzer(), table)).At);
    }

    [Theory]
    [InlineData("≥90%", "95%", "20", "20", null)]
    [InlineData("≥90%", "75%", "20", "16.67", "设备到货延迟，已督促供应商")]
    [InlineData("10%", "8%", "5", "5", null)]
    [InlineData("<1%", "<1%", "10", "10", null)]
    [InlineData("≥90%", "75个", "20", "20", null)]
    [InlineData("*", "0", "0", "0", null)]
    [InlineData("及时", "及时", "20", "20", null)]
    public void Met_targets_explained_misses_and_unreadable_values_are_silent(string target, string actual, string weight, string score, string? reason)
    {
        var table = Table().With(Row(10, "数量指标", "设备配置完成率", target, actual, weight, score, reason: reason));

        Assert.Empty(Run(new DeviationAnalyzer(), table));
    }

    [Fact]
    public void A_deduction_with_no_actual_value_points_at_the_score()
    {
        var table = Table().With(Row(10, "质量指标", "验收合格率", annual: "≥95%", weight: "10", score: "6"));

        var issue = Assert.Single(Run(new DeviationAnalyzer(), table));

        Assert.Equal(("6", At(10, 8)), (issue.Evidence, issue.At));
        Assert.Equal("分值 10，得分 6", issue.Values!["shortfall"]);
    }

    [Fact]
    public void A_table_that_states_no_target_and_no_actual_gives_its_points_by_its_scoring_standard()
    {
        var table = Table().With(Row(10, "产出数量", "补植苗木完成率", weight: "8", score: "7"), Row(11, "满意度", "周边群众满意度", weight: "6", score: "5.4"));

        Assert.Empty(Run(new DeviationAnalyzer(), table));
    }
}
