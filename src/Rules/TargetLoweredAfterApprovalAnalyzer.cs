using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A self-evaluation whose 年度指标值 asks less than the approved goal table's 当年度指标值 for
/// the same project, year and indicator: the target was lowered after the fact, so the
/// self-evaluation scores against an easier bar. Cites the approved value as related location.
/// </summary>
public sealed class TargetLoweredAfterApprovalAnalyzer : ISummaryRunAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        // Each self-evaluation against one approved table: the one of its year, or (its year unstated) the latest.
        var pairs = SameProject.Pairs(context,
                t => t.Table.Kind == TableKind.SelfEvaluation,
                (e, g) => g.Table.Kind == TableKind.ProjectGoals && (SameProject.Year(e.Table) is not { } a || SameProject.Year(g.Table) is not { } b || a == b))
            .GroupBy(p => p.First)
            .Select(g => (Evaluation: g.Key, Goals: g.MaxBy(p => SameProject.Year(p.Second.Table) ?? 0).Second));
        foreach (var (evaluation, goals) in pairs)
        {
            foreach (var indicator in evaluation.Table.Indicators.Where(i => !i.NotApplicable && i.AnnualValue is not null))
            {
                if (SameProject.Counterpart(goals.Table, indicator) is { AnnualValue: { } approved } && SameProject.Lowered(approved.Parsed, indicator.AnnualValue!.Parsed))
                {
                    context.ReportOn(evaluation.Document, evaluation.Table, indicator.AnnualValue.At, indicator.AnnualValue.Text, indicator,
                        Values(("approved", approved.Text), ("approved-where", $"{goals.Document.Path} {Where(approved.At)}")),
                        [new RelatedLocation(goals.Document.Path, approved.At, $"批复的绩效目标表中「{indicator.Name?.Text}」的当年度指标值「{approved.Text}」")]);
                }
            }
        }
    }
}
