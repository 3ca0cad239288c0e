using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A self-evaluation that leaves out indicators the approved goal table set for the same project and
/// year: under some 二级 it reports fewer rows than were approved, and the approved rows missing there
/// have no row of the same name anywhere in it (a renamed row keeps the count, so it is not taken for a
/// dropped one). One finding per self-evaluation, at its start, naming what was dropped and citing each
/// approved row as related location. Not on a self-evaluation whose frame was not read whole.
/// </summary>
public sealed class IndicatorDroppedAfterApprovalAnalyzer : IFactRunAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        foreach (var (evaluation, goals) in SameProject.Approved(context))
        {
            var reported = evaluation.Indicators.Where(i => !i.NotApplicable).ToArray();
            if (reported.Length == 0 || evaluation.Table().Read is { FrameComplete: false } or { PartialReasons.Count: > 0 })
            {
                continue;
            }

            var names = reported.Select(i => NameKey(i.Name)).ToHashSet(StringComparer.Ordinal);
            var approved = goals.Indicators.Where(i => !i.NotApplicable).ToArray();
            var reportedPerSlot = PerSlot(reported);
            var approvedPerSlot = PerSlot(approved);
            var dropped = approved
                .Where(i => NameKey(i.Name) is { Length: > 0 } key && !names.Contains(key)
                    && reportedPerSlot.GetValueOrDefault(Slot(i)) < approvedPerSlot[Slot(i)])
                .ToArray();
            if (dropped.Length == 0)
            {
                continue;
            }

            var list = string.Join("、", dropped.Select(d => $"{d.Level2}「{d.Name}」"));
            context.ReportOn(evaluation.Document, evaluation.Table(), evaluation.At, list, null,
                Values(("dropped", list), ("approved-where", goals.Document.Path)),
                [.. dropped.Select(d => new RelatedLocation(goals.Document.Path, d.NameAt, $"批复的绩效目标表中的{d.Level2}「{d.Name}」"))]);
        }
    }

    /// <summary>How many rows sit under each 二级 (<see cref="Slot"/>).</summary>
    private static Dictionary<string, int> PerSlot(IndicatorFacts[] rows) =>
        rows.CountBy(Slot, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The 二级 a row sits under: its category as normalisation read it (数量指标 and 产出数量 are one slot), or
    /// for a label no category names, its text without the 指标 ending.
    /// </summary>
    private static string Slot(IndicatorFacts row) =>
        row.Level2Category != Level2Category.Unknown ? row.Level2Category.ToString()
        : NameKey(row.Level2) is { } key && key.EndsWith("指标", StringComparison.Ordinal) ? key[..^2] : NameKey(row.Level2);
}
