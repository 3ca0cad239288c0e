using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A self-evaluation whose 年度指标值 asks less than the approved goal table's 当年度指标值 for
/// the same project, year and indicator: the target was lowered after the fact, so the
/// self-evaluation scores against an easier bar. Cites the approved value as related location.
/// </summary>
public sealed class TargetLoweredAfterApprovalAnalyzer : IFactRunAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        foreach (var (evaluation, goals) in SameProject.Approved(context))
        {
            foreach (var indicator in evaluation.Indicators.Where(i => !i.NotApplicable && i.AnnualValue is not null))
            {
                if (SameProject.Counterpart(goals, indicator) is { AnnualValue: { } approved } goal && SameProject.Lowered(goal.Parsed, indicator.Parsed))
                {
                    context.ReportOn(evaluation.Document, evaluation.Table(), indicator.AnnualAt, indicator.AnnualValue!, indicator.Indicator(),
                        Values(("approved", approved), ("approved-where", $"{goals.Document.Path} {Where(goal.AnnualAt)}")),
                        [new RelatedLocation(goals.Document.Path, goal.AnnualAt, $"批复的绩效目标表中「{indicator.Name}」的当年度指标值「{approved}」")]);
                }
            }
        }
    }
}
