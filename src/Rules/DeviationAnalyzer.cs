using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A self-evaluation line that missed its target or lost points, with 偏差原因分析 left blank.
/// A miss is read from the parsed values only when the target states a direction (≥ or ≤) and
/// both sides are numbers in the same unit, the actual one a plain figure (「&lt;1%」 achieved
/// against 「&lt;1%」 is a bound restated, not a reading), or when a completion date falls after its deadline;
/// a 得分 below its 分值 counts as a deduction whatever
/// the values say. A rate that should go down (<see cref="Indicator.LowerIsBetter"/>) under a floor is no miss:
/// the floor is the wrong direction, a finding of its own. A table that states no target and no actual value at all (a 绩效评价指标体系表: 分值,
/// 评分标准, 得分) gives its points by its scoring standard, not against a target: none of its rows asks for
/// a 偏差原因; nor does an evaluation frame that states them (一级 决策 and 过程 beside 产出 and 效益, the
/// <c>frame-level1</c> labels) with no 偏差原因 written on any row: its points follow the 评分标准 and the
/// 绩效评价 report, and such a 评分表 has no 偏差原因 column.
/// A 偏差原因 that only says there is none (param says-nothing: 无, 暂无, /) is no reason.
/// Values: {shortfall}, {target}, {actual}, {weight}, {score}, {reason} (为空 or 只写了「无」).
/// </summary>
public sealed class DeviationAnalyzer : ITableAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { } table || !table.Indicators.Any(i => i.AnnualValue is not null || i.ActualValue is not null)
            || IsEvaluationFrame(table, context.Params.Words("frame-level1")))
        {
            return;
        }

        var tolerance = NonNegative(context.Params, "score-tolerance", 0.005m);
        var overlap = (int)Math.Min(NonNegative(context.Params, "note-overlap", 4m), 100m);
        var nothing = context.Params.Words("says-nothing").Select(Squash).ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in table.Indicators.Where(i => SaysNothing(i.DeviationReason, nothing) && !Explained(table.DeviationNote, i, overlap)))
        {
            var shortfall = Missed(indicator) ?? Deducted(indicator, tolerance);
            if (shortfall is null)
            {
                continue;
            }

            var (at, evidence) = indicator.ActualValue is { } actual && !IsBlank(actual.Raw)
                ? (actual.At, actual.Text)
                : indicator.Score is { } score ? (score.At, score.Raw) : (indicator.At, indicator.Name?.Text ?? "");
            context.Report(indicator.DeviationReason?.At is { IsKnown: true } reasonAt ? reasonAt : at, evidence, indicator, Values(
                ("shortfall", shortfall),
                ("target", indicator.AnnualValue?.Text ?? ""),
                ("actual", indicator.ActualValue?.Text ?? ""),
                ("weight", indicator.Weight?.Raw ?? ""),
                ("score", indicator.Score?.Raw ?? ""),
                ("reason", IsBlank(indicator.DeviationReason) ? "为空" : $"只写了「{indicator.DeviationReason!.Text.Trim()}」")));
        }
    }

    /// <summary>A 偏差原因 left blank, or one that only says there is none (无, 暂无, /): no reason is given for a miss either way.</summary>
    private static bool SaysNothing(TextField? reason, HashSet<string> nothing) => IsBlank(reason) || nothing.Contains(Squash(reason!.Text));

    /// <summary>
    /// Whether the table's one 偏差原因 (a row under the 总分) speaks of this indicator: it shares a run of
    /// <paramref name="overlap"/> characters with the indicator's name (新登记市场主体增速放缓 for 新登记市场主体增长率).
    /// </summary>
    private static bool Explained(TextField? note, Indicator indicator, int overlap)
    {
        var name = NameKey(indicator.Name?.Text);
        var text = NameKey(note?.Text);
        if (overlap == 0 || text.Length == 0 || name.Length < overlap)
        {
            return false;
        }

        for (var i = 0; i + overlap <= name.Length; i++)
        {
            if (text.Contains(name.AsSpan(i, overlap), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEvaluationFrame(PerformanceTable table, IReadOnlyList<string> frameLabels) =>
        frameLabels.Count > 0
        && table.Indicators.Any(i => i.Level1 is { } level1 && frameLabels.Contains(Squash(level1.Text)))
        && table.Indicators.All(i => IsBlank(i.DeviationReason));

    private static string? Missed(Indicator indicator) => MissedAmount(indicator) ?? MissedDeadline(indicator);

    private static string? MissedAmount(Indicator indicator)
    {
        if (indicator is not { AnnualValue.Parsed: { Kind: ValueKind.Quantity, Number: { } target } goal, ActualValue.Parsed: { Kind: ValueKind.Quantity, Number: { } actual } done }
            || goal.Unit != done.Unit
            || done.Comparison is not (Comparison.None or Comparison.Equal))
        {
            return null;
        }

        // A floor on a rate that should go down is the wrong direction (negative-rate-lower-bound): a rate
        // under it is the better outcome, not a shortfall.
        var missed = goal.Comparison switch
        {
            Comparison.AtLeast or Comparison.GreaterThan when indicator.LowerIsBetter => false,
            Comparison.AtLeast => actual < target,
            Comparison.GreaterThan => actual <= target,
            Comparison.AtMost => actual > target,
            Comparison.LessThan => actual >= target,
            _ => false,
        };
        return missed ? $"目标值 {indicator.AnnualValue!.Text}，实际完成 {indicator.ActualValue!.Text}" : null;
    }

    /// <summary>
    /// A completion date later than the deadline it was due by (目标 2024年10月底前, 实际 2024年12月). Decided
    /// only where both dates name their year, or neither does, and the actual date is a plain date, not a bound;
    /// a deadline that recurs (每年…前) or a finer date than the other side states (10月15日前 against 10月) is left alone.
    /// </summary>
    private static string? MissedDeadline(Indicator indicator)
    {
        if (indicator is not { AnnualValue.Parsed: { Kind: ValueKind.Deadline, Deadline: { EveryYear: false } due } goal, ActualValue.Parsed: { Kind: ValueKind.Deadline, Deadline: { EveryYear: false } done } actual }
            || goal.Comparison is not (Comparison.None or Comparison.AtMost or Comparison.Equal)
            || actual.Comparison is not (Comparison.None or Comparison.Equal)
            || due.Year.HasValue != done.Year.HasValue)
        {
            return null;
        }

        return Later(done, due) ? $"目标值 {indicator.AnnualValue!.Text}，实际完成 {indicator.ActualValue!.Text}" : null;
    }

    /// <summary>Whether <paramref name="done"/> falls after <paramref name="due"/>, counting a date with no month or day as its whole year or month.</summary>
    private static bool Later(Deadline done, Deadline due)
    {
        if (done.Year != due.Year)
        {
            return done.Year > due.Year;
        }

        if (due.Month is not { } dueMonth || done.Month is not { } doneMonth)
        {
            return false;
        }

        return doneMonth != dueMonth ? doneMonth > dueMonth : due.Day is { } dueDay && done.Day is { } doneDay && doneDay > dueDay;
    }

    private static string? Deducted(Indicator indicator, decimal tolerance) =>
        indicator is { Weight: { Value: > 0 } weight, Score: { } score } && score.Value < weight.Value - tolerance
            ? $"分值 {weight.Raw}，得分 {score.Raw}"
            : null;
}
