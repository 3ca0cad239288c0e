using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// Self-evaluation scores: each 得分 ≤ its 分值, Σ得分 = 总分 as printed, Σ分值 = the printed total
/// and = full marks (100). The scored 预算执行率 line counts once: from the funds block, unless
/// the layout lists it among the indicators. Values: {check}, {detail}, {expected}, {actual}.
/// </summary>
public sealed class ScoreArithmeticAnalyzer : ITableAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { } table)
        {
            return;
        }

        var tolerance = NonNegative(context.Params, "tolerance", 0.05m);
        foreach (var indicator in table.Indicators)
        {
            if (indicator is { Score: { } score, Weight: { } weight } && score.Value > weight.Value + tolerance)
            {
                Report(context, score, indicator, $"「{indicator.Name?.Text}」得分 ≤ 分值",
                    $"得分 {score.Raw} 超过分值 {weight.Raw}", "≤ " + weight.Raw);
            }
        }

        var listsExecution = table.Indicators.Any(i => i.Level1Category == Level1Category.BudgetExecution);
        var fundLine = ScoredFundLine(table.Funds);
        var lines = ScoredLines(table, listsExecution ? null : fundLine);
        if (lines.Count == 0 || !BudgetLineKnown(table, fundLine is not null || listsExecution, lines, tolerance))
        {
            return;
        }

        // A line without its 分值 (a funds block that prints only 执行率 and 得分) leaves the weights' sum unknown, not the scores'.
        if (lines.All(l => l.Weight is not null))
        {
            CheckWeights(context, table, lines, tolerance);
        }

        CheckScores(context, table, lines, tolerance);
    }

    private static void CheckWeights(AnalysisContext context, PerformanceTable table, IReadOnlyList<(NumberField? Weight, NumberField? Score)> lines, decimal tolerance)
    {
        var sum = lines.Sum(l => l.Weight!.Value);
        var fullMarks = context.Params.Number("full-marks", 100m);
        if (table.TotalWeight is { } printed && Math.Abs(sum - printed.Value) > tolerance)
        {
            Report(context, printed, null, "Σ分值 = 总分行的分值", $"各行分值合计 {Show(sum)}，总分行为 {printed.Raw}", Show(sum));
        }
        else if (Math.Abs(sum - fullMarks) > tolerance)
        {
            var at = table.TotalWeight ?? lines[0].Weight!;
            Report(context, at, null, $"Σ分值 = {Show(fullMarks)}", $"各行分值合计 {Show(sum)}", Show(fullMarks));
        }
    }

    private static void CheckScores(AnalysisContext context, PerformanceTable table, IReadOnlyList<(NumberField? Weight, NumberField? Score)> lines, decimal tolerance)
    {
        if (table.TotalScore is not { } printed || lines.Any(l => l.Score is null))
        {
            return;
        }

        var sum = lines.Sum(l => l.Score!.Value);
        if (Math.Abs(sum - printed.Value) > tolerance)
        {
            Report(context, printed, null, "Σ得分 = 总分", $"各行得分合计 {Show(sum)}，总分为 {printed.Raw}", Show(sum));
        }
    }

    /// <summary>
    /// The scored 预算执行率 line was read (in the funds block or among the indicators), or no line is missing: the rows'
    /// 分值 already add up to the printed total (a 绩效评价指标体系表 scores 预算执行率 as one of its rows, under 过程).
    /// When no scored funds line was read and the rows fall short, that line's points are unknown and a sum cannot be judged on what is missing.
    /// </summary>
    private static bool BudgetLineKnown(PerformanceTable table, bool budgetLineRead, IReadOnlyList<(NumberField? Weight, NumberField? Score)> lines, decimal tolerance) =>
        budgetLineRead || table.TotalWeight is { } total && Math.Abs(lines.Sum(l => l.Weight?.Value ?? 0) - total.Value) <= tolerance;

    /// <summary>Every line that carries points: the indicators with a 分值 or 得分, plus the funds block's 预算执行率 line when it counts.</summary>
    private static List<(NumberField? Weight, NumberField? Score)> ScoredLines(PerformanceTable table, FundLine? fundLine)
    {
        var lines = table.Indicators.Where(i => i.Weight is not null || i.Score is not null)
            .Select(i => (i.Weight, i.Score)).ToList();
        if (fundLine is not null)
        {
            lines.Add((fundLine.Weight, fundLine.Score));
        }

        return lines;
    }

    /// <summary>
    /// The funds block's line that carries the 预算执行率 points (a 分值 or a 得分): its total line, or else the one such line
    /// whatever its label says (部门整体支出, 项目经费): the points are the block's once, on the line that prints them.
    /// </summary>
    private static FundLine? ScoredFundLine(IReadOnlyList<FundLine> funds)
    {
        if (funds.FirstOrDefault(f => f.Kind == FundLineKind.Total) is { } total && Scored(total))
        {
            return total;
        }

        var scored = funds.Where(Scored).Take(2).ToArray();
        return scored.Length == 1 ? scored[0] : null;

        static bool Scored(FundLine line) => line.Weight is not null || line.Score is not null;
    }

    private static void Report(AnalysisContext context, NumberField field, Indicator? indicator, string check, string detail, string expected) =>
        context.Report(field.At, field.Raw, indicator, Values(("check", check), ("detail", detail), ("expected", expected), ("actual", field.Raw)));
}
