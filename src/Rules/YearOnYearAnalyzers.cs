using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// This year's goal table against last year's for the same project, in one run: a target set lower
/// than last year's. A rate (the <c>units</c>, % by default) counts however little it falls; a count
/// (what normalisation reads as <see cref="Measure.Count"/>) only when it falls by more than
/// <c>count-drop</c> (10% by default) while the budget did not fall, since a workload follows its
/// money. Each finding cites last year's cell as related location.
/// </summary>
public sealed class TargetLoweredYearOnYearAnalyzer : IFactRunAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var units = context.Params.Words("units");
        var countDrop = NonNegative(context.Params, "count-drop", 0.10m);
        foreach (var (current, previous) in YearOnYear.Pairs(context))
        {
            var budgetHeld = current.Budget is { } now && previous.Budget is { } before && now >= before;
            foreach (var indicator in current.Indicators.Where(i => !i.NotApplicable && i.AnnualValue is not null))
            {
                if (SameProject.Counterpart(previous, indicator) is { AnnualValue: { } was } earlier
                    && SameProject.Lowered(earlier.Parsed, indicator.Parsed)
                    && (units.Count == 0 || units.Contains(earlier.Parsed.Unit ?? "") || (budgetHeld && CountCut(earlier, indicator, countDrop))))
                {
                    context.ReportOn(current.Document, current.Table(), indicator.AnnualAt, indicator.AnnualValue!, indicator.Indicator(),
                        Values(("previous", was), ("previous-year", SameProject.Year(previous)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                        [new RelatedLocation(previous.Document.Path, earlier.AnnualAt, $"上一年度绩效目标表中「{indicator.Name}」的当年度指标值「{was}」")]);
                }
            }
        }
    }

    /// <summary>A count target moved by more than <paramref name="share"/> of last year's (≥12000公里 → ≥10000公里 is 16.7%).</summary>
    private static bool CountCut(IndicatorFacts earlier, IndicatorFacts current, decimal share) =>
        earlier.Measure == Measure.Count && current.Measure == Measure.Count
        && earlier.Parsed.Number is { } was && was > 0 && current.Parsed.Number is { } now
        && Math.Abs(was - now) > share * was;
}

/// <summary>This year's 年度目标 copied word for word from last year's table of the same project; cites last year's goal.</summary>
public sealed class GoalCopiedYearOnYearAnalyzer : IFactRunAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var minLength = (int)context.Params.Number("min-goal-length", 15m);
        foreach (var (current, previous) in YearOnYear.Pairs(context))
        {
            CopiedGoal(context, current, previous, minLength);
        }
    }

    private static void CopiedGoal(AnalysisContext context, TableFacts current, TableFacts previous, int minLength)
    {
        // Goals whose prints differ differ once squashed too; only the few that agree are read back from the run's spill.
        if (current.GoalPrint != 0 && current.GoalPrint == previous.GoalPrint
            && current.AnnualGoal is { } goal && previous.AnnualGoal is { } before
            && Squash(goal.Text) is { } text && text.Length >= minLength && text == Squash(before.Text))
        {
            context.ReportOn(current.Document, current.Table(), goal.At, goal.Text, null,
                Values(("previous-year", SameProject.Year(previous)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                [new RelatedLocation(previous.Document.Path, before.At, "上一年度绩效目标表中一字不差的年度目标")]);
        }
    }
}

/// <summary>Goal tables of one project in adjacent budget years: (this year, last year).</summary>
internal static class YearOnYear
{
    public static IEnumerable<(TableFacts Current, TableFacts Previous)> Pairs(AnalysisContext context) =>
        SameProject.Pairs(context,
            t => t.Kind == TableKind.ProjectGoals && SameProject.Year(t) is not null,
            (c, p) => p.Kind == TableKind.ProjectGoals && SameProject.Year(p) == SameProject.Year(c) - 1);
}
