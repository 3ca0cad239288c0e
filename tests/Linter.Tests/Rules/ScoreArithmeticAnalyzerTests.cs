using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class ScoreArithmeticAnalyzerTests
{
    /// <summary>A scored table: 预算执行率 10 points in the funds block, the rows given, and the 总分 row.</summary>
    private static PerformanceTable Scored(string totalWeight, string totalScore, params Indicator[] rows)
    {
        var table = Table().With(rows);
        table.Funds.Add(new FundLine { Kind = FundLineKind.Total, Label = Text("年度资金总额", 4), Weight = Number("10", 4, 5), Score = Number("9.80", 4, 7) });
        table.TotalWeight = Number(totalWeight, 20, 5);
        table.TotalScore = Number(totalScore, 20, 6);
        return table;
    }

    [Fact]
    public void Consistent_scores_are_silent()
    {
        var table = Scored("100", "89.80",
            Row(10, "数量指标", "完成台账数量", "≥90%", "75%", "40", "33.33"),
            Row(11, "质量指标", "设备完好率", "≥95%", "99%", "50", "46.67"));

        Assert.Empty(Run(new ScoreArithmeticAnalyzer(), table));
    }

    [Fact]
    public void Score_above_weight_is_reported_at_the_score()
    {
        var table = Scored("100", "99.8",
            Row(10, "数量指标", "完成台账数量", "≥90%", "95%", "40", "45"),
            Row(11, "质量指标", "设备完好率", "≥95%", "99%", "50", "45"));

        var issue = Assert.Single(Run(new ScoreArithmeticAnalyzer(), table));

        Assert.Equal("45", issue.Evidence);
        Assert.Equal(At(10, 8), issue.At);
        Assert.Equal("完成台账数量", issue.Indicator?.Name?.Text);
        Assert.Equal("≤ 40", issue.Values!["expected"]);
    }

    [Fact]
    public void Sum_of_scores_differing_from_the_total_is_reported_at_the_total()
    {
        var table = Scored("100", "95",
            Row(10, "数量指标", "完成台账数量", "≥90%", "75%", "40", "33.33"),
            Row(11, "质量指标", "设备完好率", "≥95%", "99%", "50", "46.67"));

        var issue = Assert.Single(Run(new ScoreArithmeticAnalyzer(), table));

        Assert.Equal(At(20, 6), issue.At);
        Assert.Equal("89.8", issue.Values!["expected"]);
        Assert.Equal("95", issue.Values["actual"]);
    }

    [Fact]
    public void Weights_must_match_the_printed_total_and_full_marks()
    {
        var rows = new[] { Row(10, "数量指标", "完成台账数量", "≥90%", "95%", "40", "40"), Row(11, "质量指标", "设备完好率", "≥95%", "99%", "45", "45") };

        var againstPrinted = Assert.Single(Run(new ScoreArithmeticAnalyzer(), Scored("100", "94.8", rows)));
        var againstFull = Assert.Single(Run(new ScoreArithmeticAnalyzer(), Scored("95", "94.8", rows)));

        Assert.Equal(("95", "100"), (againstPrinted.Values!["expected"], againstPrinted.Evidence));
        Assert.Equal(("100", "95"), (againstFull.Values!["expected"], againstFull.Evidence));
        Assert.Empty(Run(new ScoreArithmeticAnalyzer(), Scored("95", "94.8", rows), ("full-marks", 95)));
    }

    [Fact]
    public void Budget_execution_listed_as_an_indicator_is_not_counted_twice()
    {
        var table = Scored("100", "99.8",
            Row(9, "预算执行率", "预算执行率", "100%", "98%", "10", "9.8"),
            Row(10, "数量指标", "完成台账数量", "≥90%", "95%", "40", "40"),
            Row(11, "质量指标", "设备完好率", "≥95%", "99%", "50", "50"));
        table.Indicators[0].Level1Category = Level1Category.BudgetExecution;

        Assert.Empty(Run(new ScoreArithmeticAnalyzer(), table));
    }

    [Fact]
    public void Rounding_within_tolerance_is_silent()
    {
        var table = Scored("100", "89.83",
            Row(10, "数量指标", "完成台账数量", "≥90%", "75%", "40", "33.33"),
            Row(11, "质量指标", "设备完好率", "≥95%", "99%", "50", "46.67"));

        Assert.Empty(Run(new ScoreArithmeticAnalyzer(), table));
        Assert.Single(Run(new ScoreArithmeticAnalyzer(), table, ("tolerance", 0.01)));
    }
}
