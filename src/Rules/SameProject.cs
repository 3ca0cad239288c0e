using System.Text.RegularExpressions;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// Finds the tables of one run that describe the same project: same 项目编码, or (where a table
/// has none) the same 项目名称 once years (2023年度, 2020-2021) are taken out, since a project's
/// title carries its year. What the checks across documents pair up.
/// </summary>
internal static partial class SameProject
{
    /// <summary>The project a table is about; empty when it names none.</summary>
    public static string Key(PerformanceTable table) =>
        table.Header.ProjectCode is { IsBlank: false } code ? "code:" + NameKey(code.Text)
        : table.Header.ProjectName is { IsBlank: false } name && NameKey(Years().Replace(name.Text, "")) is { Length: > 0 } key ? "name:" + key
        : "";

    /// <summary>Pairs of tables of the same project, <paramref name="first"/> and <paramref name="second"/> as the predicates pick them, in run order.</summary>
    public static IEnumerable<(TableInRun First, TableInRun Second)> Pairs(AnalysisContext context, Func<TableInRun, bool> first, Func<TableInRun, TableInRun, bool> second)
    {
        var byKey = context.Run.Where(t => Key(t.Table).Length > 0).ToLookup(t => Key(t.Table));
        foreach (var group in byKey)
        {
            foreach (var a in group.Where(first))
            {
                foreach (var b in group.Where(b => !ReferenceEquals(a.Table, b.Table) && second(a, b)))
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    yield return (a, b);
                }
            }
        }
    }

    /// <summary>The indicator of <paramref name="table"/> with the same name (folded), if exactly one.</summary>
    public static Indicator? Counterpart(PerformanceTable table, Indicator indicator)
    {
        var key = NameKey(indicator.Name?.Text);
        var found = table.Indicators.Where(i => !i.NotApplicable && key.Length > 0 && NameKey(i.Name?.Text) == key).Take(2).ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    public static int? Year(PerformanceTable table) => table.Header.BudgetYear is { } y ? (int)y.Value : null;

    /// <summary>
    /// True when <paramref name="later"/> asks less than <paramref name="earlier"/>: the same unit and
    /// direction, a lower floor (≥95% → ≥90%) or a higher ceiling (≤3天 → ≤5天).
    /// </summary>
    public static bool Lowered(ParsedValue earlier, ParsedValue later)
    {
        if (earlier is not { Kind: ValueKind.Quantity, Number: { } was } || later is not { Kind: ValueKind.Quantity, Number: { } now } || earlier.Unit != later.Unit || earlier.Unit is null)
        {
            return false;
        }

        var ceiling = IsCeiling(earlier.Comparison);
        return ceiling == IsCeiling(later.Comparison) && (ceiling ? now > was : now < was);
    }

    private static bool IsCeiling(Comparison comparison) => comparison is Comparison.AtMost or Comparison.LessThan;

    [GeneratedRegex(@"(19|20)\d{2}\s*(年度|年)?(\s*[-—~至到]\s*(19|20)\d{2}\s*(年度|年)?)?", RegexOptions.NonBacktracking)]
    private static partial Regex Years();
}
