using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A 成本指标 whose annual value is a sum of money compared with the table's whole budget: above
/// it is a contradiction, at it (≤ 预算数) the bound says nothing. A 部门整体 table without a budget
/// line is compared with its 年度主要任务 金额合计, the money the goals are set for. Unit costs
/// (元/卷), rates and values in an unknown unit are left alone. Values: {relation} (高于/等于),
/// {budget-name} (本项目预算 or 年度主要任务金额合计), {budget} (with its unit), {value} (the bound in
/// the budget's unit), {expected}, {actual}.
/// </summary>
public sealed class CostBoundAnalyzer : ITableAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        // A whole project's budget read as a few hundred 元 lost its unit in the read (640 under 项目资金（万元）):
        // comparing bounds with it would report the read, not the submission.
        if (context.Table is not { } table
            || (table.Header.Budget ?? table.Tasks?.Total?.Budget) is not { Yuan: > 0 } budget
            || budget.Yuan < NonNegative(context.Params, "min-budget-yuan", 1000m))
        {
            return;
        }

        var budgetName = table.Header.Budget is null ? "年度主要任务金额合计" : "本项目预算";

        // A bound within this share of the budget restates the budget.
        var sameShare = NonNegative(context.Params, "same-share", 0.99m);
        foreach (var indicator in table.Indicators.Where(IsCost))
        {
            if (indicator.AnnualValue is not { Parsed: { Kind: ValueKind.Quantity, Number: { } number } parsed } value
                || YuanPer(parsed.Unit) is not { } per
                || SafeNumber.Multiply(number, per) is not { } yuan
                || SafeNumber.Divide(yuan, budget.Yuan) is not { } share)
            {
                continue;
            }

            var relation = share switch
            {
                > 1m => "高于",
                _ when share >= sameShare && parsed.Comparison is not (Comparison.AtLeast or Comparison.GreaterThan) => "等于",
                _ => null,
            };
            if (relation is not null)
            {
                var budgetText = Money(budget.Yuan, budget);
                context.Report(value.Raw, indicator, Values(
                    ("relation", relation),
                    ("budget-name", budgetName),
                    ("budget", budgetText),
                    ("value", Money(yuan, budget)),
                    ("expected", "< " + budgetText),
                    ("actual", value.Text)));
            }
        }
    }

    private static bool IsCost(Indicator indicator) =>
        indicator.Level2Category == Level2Category.Cost || indicator.Level1Category == Level1Category.Cost;
}
