using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class ExecutionRateAnalyzerTests
{
    private static FundLine Line(FundLineKind kind, int line, string initial, string annual, string executed, string? rate = null) => new()
    {
        Kind = kind,
        Label = Text(kind.ToString(), line, 2),
        InitialBudget = Number(initial, line, 3),
        AnnualBudget = Number(annual, line, 4),
        Executed = Number(executed, line, 5),
        ExecutionRate = rate is null ? null : Number(rate, line, 7),
    };

    private static PerformanceTable Funds(params FundLine[] lines)
    {
        var table = Table();
        table.Funds.AddRange(lines);
        return table;
    }

    [Theory]
    [InlineData("0.98")]
    [InlineData("97.5%")]
    [InlineData("98%")]
    [InlineData("０.９８")]
    public void Rate_rounded_as_written_is_silent(string rate)
    {
        var table = Funds(Line(FundLineKind.Total, 5, "360000.00", "360000.00", "351000.00", rate));

        Assert.Empty(Run(new ExecutionRateAnalyzer(), table));
    }

    [Fact]
    public void Wrong_rate_is_reported_at_the_rate_with_the_computed_value()
    {
        var table = Funds(Line(FundLineKind.Total, 5, "400000", "400000", "300000", "0.90"));

        var issue = Assert.Single(Run(new ExecutionRateAnalyzer(), table));

        Assert.Equal("0.90", issue.Evidence);
        Assert.Equal(At(5, 7), issue.At);
        Assert.Equal("75%", issue.Values!["expected"]);
        Assert.Contains("300000 ÷ 400000", issue.Values["detail"]);
    }

    [Fact]
    public void Tolerance_comes_from_the_parameters()
    {
        var table = Funds(Line(FundLineKind.Total, 5, "400000", "400000", "300000", "0.78"));

        Assert.Single(Run(new ExecutionRateAnalyzer(), table));
        Assert.Empty(Run(new ExecutionRateAnalyzer(), table, ("tolerance", 0.05)));
    }

    [Theory]
    [InlineData("0", "0", "0.00")]
    [InlineData("10", "5", "—")]
    public void Zero_budget_or_dash_rate_is_not_checked(string budget, string executed, string rate)
    {
        var table = Funds(Line(FundLineKind.Total, 5, budget, budget, executed, rate));

        Assert.Empty(Run(new ExecutionRateAnalyzer(), table));
    }

    [Fact]
    public void Parts_that_do_not_add_up_to_the_total_are_reported_per_column()
    {
        var table = Funds(
            Line(FundLineKind.Total, 5, "500000.00", "500000.00", "400000.00", "0.80"),
            Line(FundLineKind.CurrentAppropriation, 6, "300000.00", "300000.00", "250000.00"),
            Line(FundLineKind.CarriedOver, 7, "0.00", "0.00", "0.00"),
            Line(FundLineKind.Other, 8, "200000.00", "100000.00", "150000.00"));

        var issues = Run(new ExecutionRateAnalyzer(), table);

        var issue = Assert.Single(issues);
        Assert.Equal(At(5, 4), issue.At);
        Assert.Equal("500000.00", issue.Evidence);
        Assert.Equal("400000", issue.Values!["expected"]);
        Assert.Contains("全年预算数", issue.Values["check"]);
    }

    [Fact]
    public void A_part_line_without_the_column_skips_the_sum()
    {
        var other = Line(FundLineKind.Other, 8, "1", "1", "1");
        other.Executed = null;
        var table = Funds(Line(FundLineKind.Total, 5, "9", "9", "9"), Line(FundLineKind.CurrentAppropriation, 6, "9", "9", "3"), other);

        var issues = Run(new ExecutionRateAnalyzer(), table);

        // 年初预算数 (column 3) and 全年预算数 (column 4) are summed; 全年执行数 is not.
        Assert.Equal([3, 4], issues.Select(i => i.At.Column));
    }
}
