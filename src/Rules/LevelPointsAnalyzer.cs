using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// The points a 一级 or 二级 label states for itself (产出（40分）, 资金管理（12分）) against the 分值 of the rows under it.
/// Judged only where every row under the label carries a 分值: a frame that weighs some rows says nothing about the others.
/// Values: {check}, {detail}, {expected}, {actual}.
/// </summary>
public sealed partial class LevelPointsAnalyzer : ITableAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { } table)
        {
            return;
        }

        var tolerance = NonNegative(context.Params, "tolerance", 0.05m);
        Check(context, table.Indicators, i => i.Level1, tolerance);
        Check(context, table.Indicators, i => i.Level2, tolerance);
    }

    private static void Check(AnalysisContext context, IReadOnlyList<Indicator> indicators, Func<Indicator, TextField?> level, decimal tolerance)
    {
        // Most tables state no points on their labels: they are passed over without grouping (a lookup and delegates per table).
        if (!AnyLabelWithPoints(indicators, level))
        {
            return;
        }

        // A label carried down a merged column is one field (same text, same place), so its rows group under it.
        foreach (var rows in indicators.Where(i => level(i) is not null).GroupBy(i => level(i)!))
        {
            if (StatedPoints(rows.Key.Text) is not { } stated || rows.Any(i => i.Weight is null))
            {
                continue;
            }

            var sum = rows.Sum(i => i.Weight!.Value);
            if (Math.Abs(sum - stated.Value) > tolerance)
            {
                context.Report(rows.Key.At, rows.Key.Text, values: Values(
                    ("check", $"「{rows.Key.Text}」标明的分值 = 其下各项分值之和"),
                    ("detail", $"其下 {rows.Count()} 项分值合计 {Show(sum)}，标明 {stated.Raw} 分"),
                    ("expected", Show(sum)),
                    ("actual", stated.Raw)));
            }
        }
    }

    /// <summary>Whether some label could state points: <see cref="StatedPoints"/> needs a 分, and most labels have none.</summary>
    private static bool AnyLabelWithPoints(IReadOnlyList<Indicator> indicators, Func<Indicator, TextField?> level)
    {
        foreach (var indicator in indicators)
        {
            if (level(indicator) is { } label && label.Text.Contains('分'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The points in brackets at the end of a label (产出（40分）, 资金管理 (12分)), or null.</summary>
    private static (decimal Value, string Raw)? StatedPoints(string label) =>
        Points().Match(Squash(label)) is { Success: true } m
        && decimal.TryParse(m.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points)
            ? (points, m.Groups[1].Value)
            : null;

    // Bounded, so the backtracking engine is linear on it; source-generated, it builds nothing at start-up (the
    // linear engine's automaton, built on the first label of a run, was the largest cost of a one-file run's check).
    [GeneratedRegex(@"\((\d{1,3}(\.\d{1,2})?)分\)$")]
    private static partial Regex Points();
}
