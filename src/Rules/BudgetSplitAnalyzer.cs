using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A 部门整体 budget split by kind of spending: 预算总额 = 基本支出 + 项目支出, and 基本支出 = 人员经费 + 公用经费
/// where the table breaks it down. A sum is judged only when every one of its terms was read: a split the table
/// gives in part (基本支出 alone, 人员经费 without 公用经费) decides nothing. Values: {check}, {detail}, {expected}, {actual}.
/// </summary>
public sealed class BudgetSplitAnalyzer : ITableAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { Header: { BudgetSplit: { } split } header })
        {
            return;
        }

        var tolerance = NonNegative(context.Params, "tolerance-yuan", 1m);
        if (header.Budget is { } budget && split is { Basic: { } basic, Project: { } project })
        {
            Check(context, tolerance, "预算总额 = 基本支出 + 项目支出", "预算总额", budget, ("基本支出", basic), ("项目支出", project));
        }

        if (split is { Basic: { } whole, Personnel: { } personnel, Public: { } running })
        {
            Check(context, tolerance, "基本支出 = 人员经费 + 公用经费", "基本支出", whole, ("人员经费", personnel), ("公用经费", running));
        }
    }

    /// <summary>Reports <paramref name="total"/>, in its own unit, when its parts do not add up to it.</summary>
    private static void Check(AnalysisContext context, decimal tolerance, string check, string name, MoneyField total, params (string Name, MoneyField Amount)[] parts)
    {
        var sum = parts.Sum(p => p.Amount.Yuan);
        if (Math.Abs(sum - total.Yuan) <= tolerance || AddsUpAsWritten(total, parts.Select(p => p.Amount).ToArray()))
        {
            return;
        }

        ReportSum(context, total, sum, check, $"{string.Join(" + ", parts.Select(p => $"{p.Name} {Money(p.Amount.Yuan, total)}"))} = {Money(sum, total)}，{name}为 {Money(total.Yuan, total)}");
    }
}
