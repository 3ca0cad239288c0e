using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// One 三级指标 name used twice in a table, compared without spaces and punctuation
/// (「服务对象满意度（%）」 = 「服务对象满意度」); placeholder names (param ignore) are skipped. Each repeat is reported at its own name, once.
/// Values: {first} (the first indicator's path), {where} (where it is).
/// </summary>
public sealed class DuplicateNameAnalyzer : ITableAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { } table)
        {
            return;
        }

        var ignored = context.Params.Words("ignore").Select(NameKey).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in table.Indicators)
        {
            // Placeholders (*, 此项目不涉及该指标) repeat by nature and are another rule's business.
            if (indicator.Name is not { } name || NameKey(name.Text) is not { Length: > 0 } key || !HasLetterOrDigit(key) || ignored.Contains(key))
            {
                continue;
            }

            if (!seen.TryAdd(key, indicator))
            {
                var first = seen[key];
                context.Report(name, indicator, Values(
                    ("first", first.Path),
                    ("where", Where(first.Name!.At))));
            }
        }
    }
}
