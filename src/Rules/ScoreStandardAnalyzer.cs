using System.Globalization;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A 得分 its own row's 评分标准 contradicts, where the standard decides the score exactly from 目标值 and 实际完成值:
/// in proportion (按完成比例得分: a ≥ target scores 实际 ÷ 目标 × 分值, a ≤ target 目标 ÷ 实际 × 分值, capped at 分值) or in
/// steps below a percentage (95%得满分，每低1个百分点扣0.5分: whole steps only), or as a rate times the points (得分=执行率×6分:
/// the actual percentage × 分值), or in whole months late against a deadline (每逾期1个月扣1分, both dates at a month's end).
/// Anything else is left alone: a standard in bands,
/// a value that is not a number, target and actual in different units, a gap that is not a whole number of steps.
/// Values: {name}, {detail}, {expected}, {actual}.
/// </summary>
public sealed class ScoreStandardAnalyzer : ITableAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { } table)
        {
            return;
        }

        var tolerance = NonNegative(context.Params, "tolerance", 0.05m);
        var proportional = context.Params.Words("proportional-words");
        var below = context.Params.Words("below-words");
        var late = context.Params.Words("late-words");
        foreach (var indicator in table.Indicators)
        {
            if (indicator is not { ScoringStandard: { } standard, Weight: { Value: > 0 } weight, Score: { } score })
            {
                continue;
            }

            var text = Squash(standard.Text);
            var rule = Quantity(indicator.AnnualValue) is { } target && Quantity(indicator.ActualValue) is { } actual && target.Unit == actual.Unit
                ? Stepped(text, below, target, actual, weight.Value) ?? Product(text, actual, weight.Value)
                    ?? (proportional.Any(text.Contains) ? Proportional(target, actual, weight.Value) : null)
                : MonthsLate(text, late, indicator.AnnualValue, indicator.ActualValue, weight.Value);
            if (rule is { } expected && Math.Abs(Math.Round(expected.Points, 2) - score.Value) > tolerance)
            {
                context.Report(score.At, score.Raw, indicator, Values(
                    ("name", indicator.Name?.Text ?? ""),
                    ("detail", $"{expected.How}，表中得分为 {score.Raw}"),
                    ("expected", Show(Math.Round(expected.Points, 2))),
                    ("actual", score.Raw)));
            }
        }
    }

    private sealed record Expected(decimal Points, string How);

    private static ParsedValue? Quantity(IndicatorValue? value) =>
        value?.Parsed is { Kind: ValueKind.Quantity, Number: > 0 } parsed ? parsed : null;

    /// <summary>In proportion to how much of the target was reached; null when the target states no direction it can be read in.</summary>
    private static Expected? Proportional(ParsedValue target, ParsedValue actual, decimal weight)
    {
        var t = target.Number!.Value;
        var a = actual.Number!.Value;
        var atMost = target.Comparison is Comparison.AtMost or Comparison.LessThan;
        var reached = atMost ? a <= t : a >= t;
        if (reached)
        {
            return new Expected(weight, $"实际完成值 {Show(a)}{actual.Unit} 达到目标值 {Show(t)}{target.Unit}，按评分标准应得满分 {Show(weight)}");
        }

        var share = atMost ? SafeNumber.Divide(t, a) : SafeNumber.Divide(a, t);
        return share is { } s && SafeNumber.Multiply(s, weight) is { } points
            ? new Expected(points, atMost
                ? $"按比例：目标值 {Show(t)} ÷ 实际完成值 {Show(a)} × 分值 {Show(weight)} = {Show(Math.Round(points, 2))}"
                : $"按比例：实际完成值 {Show(a)} ÷ 目标值 {Show(t)} × 分值 {Show(weight)} = {Show(Math.Round(points, 2))}")
            : null;
    }

    /// <summary>
    /// 每逾期1个月扣1分 against a deadline (2024年10月31日前, done 2024年12月31日): whole months late, each step taking its points;
    /// null when the standard states no such step, or either date is not a month's end with its year (a part month is not counted
    /// the same way by every reviewer), or the gap is not a whole number of steps.
    /// </summary>
    private static Expected? MonthsLate(string text, IReadOnlyList<string> late, IndicatorValue? target, IndicatorValue? actual, decimal weight)
    {
        if (target?.Parsed is not { Kind: ValueKind.Deadline, Deadline: { EveryYear: false } due } || actual?.Parsed is not { Kind: ValueKind.Deadline, Deadline: { EveryYear: false } done }
            || MonthEnd(due) is not { } dueMonth || MonthEnd(done) is not { } doneMonth)
        {
            return null;
        }

        var (step, deduction) = Step(text, late, "个月", "月");
        if (step <= 0)
        {
            return null;
        }

        var months = doneMonth - dueMonth;
        if (months <= 0)
        {
            return new Expected(weight, $"实际完成时间 {actual.Text} 未晚于 {target.Text}，按评分标准应得满分 {Show(weight)}");
        }

        var steps = months / step;
        if (steps != Math.Floor(steps))
        {
            return null;
        }

        var points = Math.Max(0, weight - (steps * deduction));
        return new Expected(points, $"实际完成时间比 {target.Text} 晚 {months} 个月，每 {Show(step)} 个月扣 {Show(deduction)} 分：{Show(weight)} − {Show(steps * deduction)} = {Show(points)}");
    }

    /// <summary>A date at the end of its month (10月底, 10月31日), counted in months from year 0; null for a date within a month or without its year.</summary>
    private static int? MonthEnd(Deadline date) =>
        date is { Year: { } year, Month: { } month and >= 1 and <= 12 }
        && (date.Day is null || date.Day == DateTime.DaysInMonth(year, month))
            ? (year * 12) + month
            : null;

    /// <summary>
    /// 得分=执行率×6分 (or ×分值): the actual percentage times the row's points, capped at them; null when the standard writes no
    /// such product of a rate, the product is of other points than the row's, or the actual value is no percentage.
    /// </summary>
    private static Expected? Product(string text, ParsedValue actual, decimal weight)
    {
        var at = text.IndexOf("率×", StringComparison.Ordinal);
        if (at < 0 || actual.Unit != "%")
        {
            return null;
        }

        var i = at + 2;
        var points = text.AsSpan(i).StartsWith("分值", StringComparison.Ordinal) ? weight
            : Number(text, ref i) is { } n && text.AsSpan(i).StartsWith("分", StringComparison.Ordinal) ? n : (decimal?)null;
        if (points != weight)
        {
            return null;
        }

        var a = actual.Number!.Value;
        var expected = Math.Min(weight, SafeNumber.Multiply(a / 100m, weight) ?? weight);
        return new Expected(expected, $"按评分标准：实际完成值 {Show(a)}% × 分值 {Show(weight)} = {Show(Math.Round(expected, 2))}");
    }

    /// <summary>
    /// 每低1个百分点扣0.5分 below a percentage that earns full points (95%得满分, 90%及以上得满分; else the ≥ target): null when the
    /// standard states no such step, the values are no percentages, or the gap is not a whole number of steps.
    /// </summary>
    private static Expected? Stepped(string text, IReadOnlyList<string> below, ParsedValue target, ParsedValue actual, decimal weight)
    {
        var (step, deduction) = Step(text, below, "个百分点", "百分点", "%");
        if (step <= 0 || target.Unit != "%" || target.Comparison is Comparison.AtMost or Comparison.LessThan)
        {
            return null;
        }

        var full = FullMarksAt(text) ?? target.Number!.Value;
        var a = actual.Number!.Value;
        if (a >= full)
        {
            return new Expected(weight, $"实际完成值 {Show(a)}% 不低于 {Show(full)}%，按评分标准应得满分 {Show(weight)}");
        }

        var steps = (full - a) / step;
        if (steps != Math.Floor(steps))
        {
            return null;
        }

        var points = Math.Max(0, weight - (steps * deduction));
        return new Expected(points, $"{Show(full)}% 得满分，实际 {Show(a)}% 低 {Show(full - a)} 个百分点，每 {Show(step)} 个百分点扣 {Show(deduction)} 分：{Show(weight)} − {Show(steps * deduction)} = {Show(points)}");
    }

    /// <summary>The step and its deduction in 每低1个百分点扣0.5分 (or 每下降2%扣1分, 每逾期1个月扣1分), by the step's words and units, else (0, 0).</summary>
    private static (decimal Step, decimal Deduction) Step(string text, IReadOnlyList<string> below, params string[] units)
    {
        foreach (var word in below)
        {
            var at = text.IndexOf("每" + word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var i = at + 1 + word.Length;
            if (Number(text, ref i) is not { } step)
            {
                continue;
            }

            i = Skip(text, i, units);
            if (i < 0 || !text.AsSpan(i).StartsWith("扣", StringComparison.Ordinal))
            {
                continue;
            }

            i++;
            if (Number(text, ref i) is { } deduction && text.AsSpan(i).StartsWith("分", StringComparison.Ordinal))
            {
                return (step, deduction);
            }
        }

        return (0, 0);
    }

    /// <summary>The percentage 得满分 is tied to (95%得满分, 达到95%得满分, 90%及以上得满分, 到位率100%得满分), or null.</summary>
    private static readonly string[] FullMarkFillers = ["及以上", "以上", "(含)"];

    private static decimal? FullMarksAt(string text)
    {
        var at = text.IndexOf("得满分", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var end = at;
        foreach (var filler in FullMarkFillers)
        {
            if (text.AsSpan(0, end).EndsWith(filler, StringComparison.Ordinal))
            {
                end -= filler.Length;
                break;
            }
        }

        if (end == 0 || text[end - 1] != '%')
        {
            return null;
        }

        var start = end - 1;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return decimal.TryParse(text.AsSpan(start, end - 1 - start), NumberStyles.Number, CultureInfo.InvariantCulture, out var full) ? full : null;
    }

    private static decimal? Number(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return i > start && decimal.TryParse(text.AsSpan(start, i - start), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static int Skip(string text, int i, params string[] words)
    {
        foreach (var word in words)
        {
            if (text.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
            {
                return i + word.Length;
            }
        }

        return -1;
    }
}
