using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// Everything a run produced: the documents read, the findings in a stable order, and the rules
/// that failed. The findings of a streaming run (<see cref="LintRun.Finish"/>) are read back from
/// the run's spill file each time they are enumerated; disposing the result deletes the file.
/// </summary>
public sealed record LintResult(
    IReadOnlyList<PerformanceDocument> Documents,
    IReadOnlyCollection<Finding> Findings,
    IReadOnlyList<RuleFailure> RuleFailures,
    RuleSet Rules) : IDisposable
{
    /// <summary>Time spent in each enabled rule, slowest first (empty for results not made by <see cref="LintEngine"/>).</summary>
    public IReadOnlyList<RuleTiming> Timings { get; init; } = [];

    public int TableCount => Documents.Sum(d => d.TableCount);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>The same result with its findings held in memory, for callers that keep it after the run.</summary>
    public LintResult InMemory() => this with { Findings = Findings.ToArray() };

    public void Dispose() => (Findings as IDisposable)?.Dispose();
}
