using System.Globalization;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A sentence written twice or more inside one goal text (年度目标, 实施周期总目标, 预期目标,
/// 实际完成情况, a sub-goal): usually a paste repeated by accident. Sentences end at 。；; ！？
/// or a line break, and their clauses at ，, : a paste often repeats only the lead clause of a
/// longer sentence. Short ones (「及时完成。」) are ignored. Reported once per repeated sentence or
/// clause, at the goal text. Values: {count} (times written), {goal} (which goal text).
/// </summary>
public sealed class RepeatedSentenceAnalyzer : ITableAnalyzer
{
    private static readonly char[] Ends = ['。', '；', ';', '！', '!', '？', '?', '\n', '\r'];

    private static readonly char[] ClauseEnds = ['，', ','];

    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { Goals: var goals })
        {
            return;
        }

        var minLength = (int)Math.Max(1m, context.Params.Number("min-length", 8m));
        Check(context, goals.CycleGoal, "实施周期总目标", minLength);
        Check(context, goals.AnnualGoal, goals.AnnualGoalLabel?.Text ?? "年度目标", minLength);
        Check(context, goals.ExpectedGoal, "预期目标", minLength);
        Check(context, goals.ActualOutcome, "实际完成情况", minLength);
        foreach (var sub in goals.SubGoals)
        {
            Check(context, sub.Goal, sub.Title.Text, minLength);
            Check(context, sub.IndicatorText, sub.Title.Text, minLength);
        }
    }

    private static void Check(AnalysisContext context, TextField? field, string goal, int minLength)
    {
        if (IsBlank(field))
        {
            return;
        }

        var sentences = field!.Text.Split(Ends, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var clauses = sentences.SelectMany(s => s.Split(ClauseEnds, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts : []);
        var repeats = sentences.Concat(clauses)
            .Select(s => (Text: s, Key: NameKey(s)))
            .Where(s => s.Key.Length >= minLength)
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Key.Length);
        var reported = new List<string>();
        foreach (var group in repeats)
        {
            // A repeated sentence repeats its clauses too: one finding, for the longest repeat.
            if (reported.Any(r => r.Contains(group.Key, StringComparison.Ordinal)))
            {
                continue;
            }

            reported.Add(group.Key);
            context.Report(field.At, group.First().Text, values: Values(
                ("count", group.Count().ToString(CultureInfo.InvariantCulture)),
                ("goal", goal.Trim())));
        }
    }
}
