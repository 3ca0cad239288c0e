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
    public static string Key(TableFacts table) =>
        !string.IsNullOrWhiteSpace(table.ProjectCode) ? "code:" + NameKey(table.ProjectCode)
        : !string.IsNullOrWhiteSpace(table.ProjectName) && NameKey(Years().Replace(table.ProjectName, "")) is { Length: > 0 } key ? "name:" + key
        : "";

    /// <summary>Pairs of tables of the same project, <paramref name="first"/> and <paramref name="second"/> as the predicates pick them, in run order.</summary>
    public static IEnumerable<(TableFacts First, TableFacts Second)> Pairs(AnalysisContext context, Func<TableFacts, bool> first, Func<TableFacts, TableFacts, bool> second)
    {
        var byKey = context.Facts.Select(t => (Table: t, Key: Key(t))).Where(t => t.Key.Length > 0).ToLookup(t => t.Key, t => t.Table);
        foreach (var group in byKey)
        {
            foreach (var a in group.Where(first))
            {
                foreach (var b in group.Where(b => !ReferenceEquals(a, b) && second(a, b)))
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    yield return (a, b);
                }
            }
        }
    }

    /// <summary>Each self-evaluation with the goal table approved for it: the one of its year, or (its year unstated) the latest.</summary>
    public static IEnumerable<(TableFacts Evaluation, TableFacts Goals)> Approved(AnalysisContext context) =>
        Pairs(context,
                t => t.Kind == TableKind.SelfEvaluation,
                (e, g) => g.Kind == TableKind.ProjectGoals && (Year(e) is not { } a || Year(g) is not { } b || a == b))
            .GroupBy(p => p.First)
            .Select(g => (g.Key, g.MaxBy(p => Year(p.Second) ?? 0).Second));

    /// <summary>The indicator of <paramref name="table"/> with the same name (folded), if exactly one.</summary>
    public static IndicatorFacts? Counterpart(TableFacts table, IndicatorFacts indicator)
    {
        var key = NameKey(indicator.Name);
        var found = table.Indicators.Where(i => !i.NotApplicable && key.Length > 0 && NameKey(i.Name) == key).Take(2).ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    public static int? Year(TableFacts table) => table.BudgetYear is { } y ? (int)y : null;

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
