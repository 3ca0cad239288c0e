using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class FundsSumAnalyzerTests
{
    private static PerformanceTable Hebei(string budget, string? fiscal, string? other, params (int Month, string Raw)[] plan)
    {
        var table = Table(TableKind.ProjectGoals, layout: "hebei-goals");
        table.Header.Budget = Wan(budget, 5);
        table.Header.FiscalFunds = fiscal is null ? null : Wan(fiscal, 5);
        table.Header.OtherFunds = other is null ? null : Wan(other, 5);
        foreach (var (month, raw) in plan)
        {
            var percent = raw.Length == 0 ? (decimal?)null : decimal.Parse(raw.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
            table.Header.SpendingPlan.Add(new SpendingPlanPoint(month, percent, raw, At(8, month)));
        }

        return table;
    }

    [Fact]
    public void Budget_equal_to_its_parts_with_a_full_plan_is_silent()
    {
        Assert.Empty(Run(new FundsSumAnalyzer(), Hebei("25.00", "20.00", "5.00", (3, ""), (6, "40%"), (10, "80%"), (12, "100%"))));
        Assert.Empty(Run(new FundsSumAnalyzer(), Hebei("15.00", "15.00", null, (10, "30%"), (12, "100%"))));
        Assert.Empty(Run(new FundsSumAnalyzer(), Hebei("15.00", "15.00", null, (6, "70%"), (10, "100%"), (12, ""))));
    }

    [Fact]
    public void Budget_that_is_not_the_sum_is_reported_in_the_source_unit()
    {
        var issue = Assert.Single(Run(new FundsSumAnalyzer(), Hebei("30.00", "20.00", "5.00")));

        Assert.Equal("30.00", issue.Evidence);
        Assert.Equal(At(5), issue.At);
        Assert.Equal("25万元", issue.Values!["expected"]);
    }

    [Fact]
    public void A_plan_that_goes_down_is_reported_at_the_lower_point()
    {
        var issue = Assert.Single(Run(new FundsSumAnalyzer(), Hebei("10", "10", null, (6, "60%"), (10, "50%"), (12, "100%"))));

        Assert.Equal(("50%", 10), (issue.Evidence, issue.At.Column));
        Assert.Equal("≥ 60%", issue.Values!["expected"]);
    }

    [Fact]
    public void A_plan_that_does_not_reach_100_by_december_is_reported_at_its_last_point()
    {
        var issue = Assert.Single(Run(new FundsSumAnalyzer(), Hebei("10", "10", null, (6, "30%"), (12, "90%"))));

        Assert.Equal(("90%", 12), (issue.Evidence, issue.At.Column));
        Assert.Equal("100%", issue.Values!["expected"]);
    }

    [Fact]
    public void A_plan_whose_12月底_column_is_missing_is_not_a_sum_error() =>
        Assert.Empty(Run(new FundsSumAnalyzer(), Hebei("10", "10", null, (6, "30%"), (10, "90%"))));

    [Fact]
    public void A_plan_above_100_is_reported()
    {
        var issue = Assert.Single(Run(new FundsSumAnalyzer(), Hebei("10", "10", null, (10, "120%"), (12, "120%"))));

        Assert.Equal(("120%", 10), (issue.Evidence, issue.At.Column));
    }

    [Fact]
    public void Lines_that_add_up_as_written_but_were_read_in_different_units_are_not_a_sum_error()
    {
        var table = Hebei("286.50", null, null);
        table.Header.FiscalFunds = new MoneyField(286.50m, "286.50", "元", At(6));
        table.Header.OtherFunds = new MoneyField(0m, "0", "元", At(7));

        Assert.Empty(Run(new FundsSumAnalyzer(), table));
    }

    [Fact]
    public void A_transfer_payment_split_is_checked_and_named_as_the_form_names_it()
    {
        var table = Hebei("4800.00", "3000.00", "1600.00");
        table.FormKind = "transfer-payment-goals";

        var issue = Assert.Single(Run(new FundsSumAnalyzer(), table));

        Assert.Equal("年度金额 = 中央补助 + 地方资金", issue.Values!["check"]);
        Assert.Equal("4600万元", issue.Values!["expected"]);
    }

    [Fact]
    public void A_transfer_payment_split_without_its_local_share_is_not_judged()
    {
        var table = Hebei("4800.00", "3000.00", null);
        table.FormKind = "transfer-payment-goals";

        Assert.Empty(Run(new FundsSumAnalyzer(), table));
    }

    /// <summary>A 部门整体 table whose 年度主要任务 have the given 总额 and whose 金额合计 prints <paramref name="total"/>.</summary>
    private static PerformanceTable Department(string total, params string?[] lines)
    {
        var table = Table(TableKind.DepartmentGoals, layout: "generic");
        table.Tasks = new DepartmentTasks { Total = new DepartmentTask(Text("金额合计", 9), null, Wan(total, 9), null, null) };
        table.Tasks.Lines.AddRange(lines.Select((budget, i) => new DepartmentTask(Text("任务" + i, 5 + i), null, budget is null ? null : Wan(budget, 5 + i), null, null)));
        return table;
    }

    [Fact]
    public void Tasks_that_do_not_add_up_to_the_金额合计_are_reported_there()
    {
        Assert.Empty(Run(new FundsSumAnalyzer(), Department("139.20", "75.00", "64.20")));

        var issue = Assert.Single(Run(new FundsSumAnalyzer(), Department("480.50", "320.00", "96.00", "54.50")));

        Assert.Equal((At(9), "470.5万元"), (issue.At, issue.Values!["expected"]));
    }

    [Fact]
    public void Tasks_are_not_summed_when_a_line_or_the_table_was_not_read_whole()
    {
        Assert.Empty(Run(new FundsSumAnalyzer(), Department("480.50", "320.00", null, "54.50")));

        var partial = Department("480.50", "320.00", "96.00", "54.50");
        partial.Read = new ReadSummary { CellsUnplaced = 1 };
        Assert.Empty(Run(new FundsSumAnalyzer(), partial));
    }

    [Fact]
    public void No_split_and_no_plan_is_silent()
    {
        Assert.Empty(Run(new FundsSumAnalyzer(), Hebei("10", null, "3", (3, ""), (12, ""))));
    }
}
