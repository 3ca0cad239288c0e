using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// 河北 budget block: 预算数 = 财政资金 + 其他资金 (a blank 其他资金 is nothing), and the 资金支出计划
/// is cumulative: it never goes down, never passes 100% (reported where it first does), and reaches 100% by 12月底.
/// A 转移支付 区域绩效目标表 splits its 年度金额 the same way, into 中央补助 + 地方资金 (the vocabulary reads
/// them as the two parts), and is named so. A 部门整体绩效目标表's 年度主要任务 add up to its 金额合计, column by
/// column (总额, 财政拨款, 其他资金), when every task line was read with an amount. A table that names further
/// sources (中央补助资金, 自治区补助资金, 区级财政资金 …) adds them all up to its 资金总额, when it names two parts or more.
/// Values: {check}, {detail}, {expected}, {actual}.
/// </summary>
public sealed class FundsSumAnalyzer : ITableAnalyzer
{
    /// <summary>The vocabulary's table-kind id of a 转移支付（专项资金）绩效目标表.</summary>
    private const string TransferPaymentForm = "transfer-payment-goals";

    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { } table)
        {
            return;
        }

        var tolerance = NonNegative(context.Params, "tolerance-yuan", 1m);
        CheckSplit(context, table.Header, table.FormKind == TransferPaymentForm, tolerance);
        CheckTasks(context, table, tolerance);
        CheckPlan(context, table.Header.SpendingPlan, NonNegative(context.Params, "plan-tolerance", 0.5m));
    }

    private static void CheckSplit(AnalysisContext context, TableHeader header, bool transfer, decimal tolerance)
    {
        // A part whose amount the reader lost is not a zero: the read parts cannot be judged without it.
        if (header.UnreadAmounts is { Count: > 0 })
        {
            return;
        }

        if (header.FundSources is { Count: > 0 } sources)
        {
            CheckSources(context, header, sources, transfer, tolerance);
            return;
        }

        // A transfer split needs both parts: a province that splits the local share further (省级 + 市县)
        // leaves 地方资金 unread, which is not a zero.
        if (header is not { Budget: { } budget, FiscalFunds: { } fiscal } || transfer && header.OtherFunds is null)
        {
            return;
        }

        var (total, first, second) = transfer ? ("年度金额", "中央补助", "地方资金") : ("预算数", "财政资金", "其他资金");
        var other = header.OtherFunds?.Yuan ?? 0m;
        var sum = fiscal.Yuan + other;
        if (Math.Abs(sum - budget.Yuan) > tolerance && !AddsUpAsWritten(budget, header.OtherFunds is { } o ? [fiscal, o] : [fiscal]))
        {
            ReportSum(context, budget, sum, $"{total} = {first} + {second}",
                $"{first} {Money(fiscal.Yuan, budget)} + {second} {Money(other, budget)} = {Money(sum, budget)}，{total}为 {Money(budget.Yuan, budget)}");
        }
    }

    /// <summary>
    /// A total split into sources the table names (其中：中央补助资金 / 自治区补助资金 / 地区配套资金). The sources may
    /// split the total, stand beside the named parts, or break a named part down further (财政资金 400：中央补助资金
    /// 300、省级财政资金 100), and a form does not say which: only a total that no such reading adds up to is
    /// reported. One part alone may be an "of which" (其中：中央补助资金 1200), not a split.
    /// </summary>
    private static void CheckSources(AnalysisContext context, TableHeader header, List<FundSource> sources, bool transfer, decimal tolerance)
    {
        var named = new[] { (Name: transfer ? "中央补助" : "财政资金", Amount: header.FiscalFunds), (Name: transfer ? "地方资金" : "其他资金", Amount: header.OtherFunds) }
            .Where(p => p.Amount is not null).Select(p => (p.Name, Amount: p.Amount!)).ToArray();
        var parts = named.Concat(sources.Select(s => (s.Name, s.Amount))).ToArray();
        if (header.Budget is not { } budget || parts.Length < 2)
        {
            return;
        }

        var namedSum = named.Sum(p => p.Amount.Yuan);
        var sourceSum = sources.Sum(s => s.Amount.Yuan);
        if (Agrees(sourceSum) || Agrees(namedSum + sourceSum) || named.Length > 0 && Agrees(namedSum)
            || AddsUpAsWritten(budget, parts.Select(p => p.Amount).ToArray()))
        {
            return;
        }

        ReportSum(context, budget, namedSum + sourceSum, "资金总额 = 各资金来源之和",
            $"{string.Join(" + ", parts.Select(p => $"{p.Name} {Money(p.Amount.Yuan, budget)}"))} = {Money(namedSum + sourceSum, budget)}，资金总额为 {Money(budget.Yuan, budget)}");

        bool Agrees(decimal sum) => Math.Abs(sum - budget.Yuan) <= tolerance;
    }

    private static void CheckTasks(AnalysisContext context, PerformanceTable table, decimal tolerance)
    {
        // A task line the read lost would show as a sum error: judge only a block read whole.
        if (table is not { Tasks: { Total: { } total, Lines.Count: > 0 } tasks } || table.Read is { CellsUnplaced: > 0 } or { CutOff: true })
        {
            return;
        }

        CheckColumn("总额", total.Budget, tasks.Lines.Select(l => l.Budget).ToArray());
        CheckColumn("财政拨款", total.FiscalFunds, tasks.Lines.Select(l => l.FiscalFunds).ToArray());
        CheckColumn("其他资金", total.OtherFunds, tasks.Lines.Select(l => l.OtherFunds).ToArray());

        void CheckColumn(string column, MoneyField? printed, MoneyField?[] lines)
        {
            if (printed is null || lines.Any(l => l is null))
            {
                return;
            }

            var sum = lines.Sum(l => l!.Yuan);
            if (Math.Abs(sum - printed.Yuan) > tolerance && !AddsUpAsWritten(printed, lines!))
            {
                ReportSum(context, printed, sum, $"金额合计（{column}）= 各项年度主要任务之和",
                    $"{lines.Length} 项任务的{column}合计 {Money(sum, printed)}，金额合计为 {Money(printed.Yuan, printed)}");
            }
        }
    }

    private static void CheckPlan(AnalysisContext context, IReadOnlyList<SpendingPlanPoint> plan, decimal tolerance)
    {
        var filled = plan.Where(p => p.Percent is not null).OrderBy(p => p.Month).ToArray();
        if (filled.Length == 0)
        {
            return;
        }

        SpendingPlanPoint? previous = null;
        foreach (var point in filled)
        {
            if (previous is not null && point.Percent < previous.Percent - tolerance)
            {
                ReportPlan(context, point, "资金支出计划逐期累计、不减少",
                    $"{point.Month}月底 {point.Raw} 低于 {previous.Month}月底的 {previous.Raw}", "≥ " + previous.Raw);
            }
            else if (point.Percent > 100m + tolerance && !(previous?.Percent > 100m + tolerance))
            {
                ReportPlan(context, point, "资金支出计划累计不超过 100%", $"{point.Month}月底累计 {point.Raw}", "≤ 100%");
            }

            previous = point;
        }

        var last = filled[^1];
        // 100% by 10月底 with 12月底 left blank is a plan that finished early, not one that falls short;
        // a plan without a 12月底 column lost it in the export, and a sum cannot be judged on what is missing.
        if (last.Percent < 100m - tolerance && plan.Any(p => p.Month == 12))
        {
            ReportPlan(context, last, "资金支出计划到 12 月底累计达到 100%",
                $"计划最后一期为 {last.Month}月底累计 {last.Raw}", "100%");
        }
    }

    private static void ReportPlan(AnalysisContext context, SpendingPlanPoint point, string check, string detail, string expected) =>
        context.Report(point.At, point.Raw, values: Values(("check", check), ("detail", detail), ("expected", expected), ("actual", point.Raw)));
}
