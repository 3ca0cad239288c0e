using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// This year's goal table against last year's for the same project, in one run: a rate target
/// set lower than last year. Each finding cites last year's cell as related location.
/// </summary>
public sealed class TargetLoweredYearOnYearAnalyzer : IFactRunAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var units = context.Params.Words("units");
        foreach (var (current, previous) in YearOnYear.Pairs(context))
        {
            foreach (var indicator in current.Indicators.Where(i => !i.NotApplicable && i.AnnualValue is not null))
            {
                if (SameProject.Counterpart(previous, indicator) is { AnnualValue: { } before } earlier && (units.Count == 0 || units.Contains(earlier.Parsed.Unit ?? ""))
                    && SameProject.Lowered(earlier.Parsed, indicator.Parsed))
                {
                    context.ReportOn(current.Document, current.Table(), indicator.AnnualAt, indicator.AnnualValue!, indicator.Indicator(),
                        Values(("previous", before), ("previous-year", SameProject.Year(previous)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                        [new RelatedLocation(previous.Document.Path, earlier.AnnualAt, $"上一年度绩效目标表中「{indicator.Name}」的当年度指标值「{before}」")]);
                }
            }
        }
    }
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
        if (current.AnnualGoal is { } goal && previous.AnnualGoal is { } before
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
