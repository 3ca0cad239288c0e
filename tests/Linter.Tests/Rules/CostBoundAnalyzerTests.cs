using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class CostBoundAnalyzerTests
{
    private static PerformanceTable Goals(MoneyField budget, params Indicator[] rows)
    {
        var table = Table(TableKind.ProjectGoals);
        table.Header.Budget = budget;
        return table.With(rows);
    }

    private static MoneyField Yuan(string raw) => new(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), raw, "元", At(3));

    [Theory]
    [InlineData("≤12万元", "高于")]
    [InlineData("≤10万元", "等于")]
    [InlineData("100000元", "等于")]
    [InlineData("≥0.2亿元", "高于")]
    public void Bound_at_or_above_the_budget_is_reported(string value, string relation)
    {
        var table = Goals(Wan("10.00", 3), Row(12, "成本指标", "项目总成本", value));

        var issue = Assert.Single(Run(new CostBoundAnalyzer(), table));

        Assert.Equal((value, relation), (issue.Evidence, issue.Values!["relation"]));
        Assert.Equal(At(12, 5), issue.At);
        Assert.Equal("10万元", issue.Values["budget"]);
    }

    [Fact]
    public void Units_are_converted_to_the_budget_unit()
    {
        var table = Goals(Yuan("85500"), Row(12, "成本指标", "活动经费", "≤9万元"));

        var issue = Assert.Single(Run(new CostBoundAnalyzer(), table));

        Assert.Equal("90000元", issue.Values!["value"]);
        Assert.Equal("85500元", issue.Values["budget"]);
    }

    [Theory]
    [InlineData("≤3.9万元")]
    [InlineData("≤13.8元/卷")]
    [InlineData("≤100%")]
    [InlineData("控制在预算范围内")]
    [InlineData("≤12万")]
    [InlineData("≥10万元")]
    public void Component_costs_unit_costs_rates_and_unknown_units_are_silent(string value)
    {
        var table = Goals(Wan("10.00", 3), Row(12, "成本指标", "线路租用费", value));

        Assert.Empty(Run(new CostBoundAnalyzer(), table));
    }

    [Fact]
    public void Only_cost_indicators_are_checked()
    {
        var table = Goals(Wan("10.00", 3), Row(12, "经济效益指标", "带动投资", "≥50万元"));

        Assert.Empty(Run(new CostBoundAnalyzer(), table));
    }

    [Fact]
    public void A_budget_of_a_few_hundred_yuan_is_a_lost_unit_and_is_not_compared()
    {
        var table = Goals(Yuan("640"), Row(12, "成本指标", "单个服务站运营补助", "≤8万元"));

        Assert.Empty(Run(new CostBoundAnalyzer(), table));
        Assert.Single(Run(new CostBoundAnalyzer(), table, ("min-budget-yuan", 100)));
    }

    [Fact]
    public void Share_counted_as_the_whole_budget_is_a_parameter()
    {
        var table = Goals(Wan("10.00", 3), Row(12, "成本指标", "项目总成本", "≤9.5万元"));

        Assert.Empty(Run(new CostBoundAnalyzer(), table));
        Assert.Single(Run(new CostBoundAnalyzer(), table, ("same-share", 0.95)));
    }
}
