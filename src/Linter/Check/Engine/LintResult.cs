using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>Everything a run produced: the documents read, the findings in a stable order, and the rules that failed.</summary>
public sealed record LintResult(
    IReadOnlyList<PerformanceDocument> Documents,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleFailure> RuleFailures,
    RuleSet Rules)
{
    /// <summary>Time spent in each enabled rule, slowest first (empty for results not made by <see cref="LintEngine"/>).</summary>
    public IReadOnlyList<RuleTiming> Timings { get; init; } = [];

    public int TableCount => Documents.Sum(d => d.Tables.Count);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
