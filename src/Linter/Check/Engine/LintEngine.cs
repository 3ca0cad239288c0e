using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// The check stage: every table-scoped rule over every table in its scope (in parallel), then
/// every run-scoped rule once over the whole run. A rule that fails on one table fails there
/// only (<see cref="RuleRunner"/>). Findings come out in a stable order (file, line, column,
/// rule) whatever the scheduling.
/// </summary>
public static class LintEngine
{
    /// <summary>A run-scoped call gets the per-call limit once for every this many tables in its scope (at least once).</summary>
    public const int TablesPerRunLimit = 1_000;

    public static LintResult Run(IReadOnlyList<PerformanceDocument> documents, RuleSet rules)
    {
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        var run = new RunData(ordered, ordered.SelectMany(d => d.Tables.Select(t => new TableInRun(d, t))).ToArray());
        var limit = rules.Code.TimeLimit;
        using var watchdog = new CallWatchdog(limit);
        var runners = rules.Rules.Where(r => r is { Enabled: true, Analyzer: not null })
            .Select(r => new RuleRunner(r, watchdog, rules.Code.FileBudget)).ToArray();
        var tableRunners = runners.Where(r => r.IsTableScoped).ToArray();

        Parallel.ForEach(run.Tables, table =>
        {
            foreach (var runner in tableRunners)
            {
                if (runner.Rule.Rule.Scope.Covers(table.Table))
                {
                    runner.RunOn(table, run, limit);
                }
            }
        });

        foreach (var runner in runners.Where(r => r.IsRunScoped))
        {
            var inScope = run.Tables.Where(t => runner.Rule.Rule.Scope.Covers(t.Table)).ToArray();
            runner.RunOnAll(run with { Tables = inScope }, limit * Math.Max(1.0, (double)inScope.Length / TablesPerRunLimit));
        }

        var findings = new List<Finding>();
        foreach (var runner in runners)
        {
            runner.Collect(findings);
        }

        // What the trust boundary refused in the configuration is reported with the run's findings.
        var sorted = findings.Concat(rules.ConfigFindings).ToArray();
        Array.Sort(sorted, FindingOrder.Compare);
        return new LintResult(ordered, sorted, runners.Select(r => r.Failure).OfType<RuleFailure>().OrderBy(f => f.RuleId, StringComparer.Ordinal).ToArray(), rules)
        {
            Timings = runners.Select(r => r.Timing).OrderByDescending(t => t.Elapsed).ThenBy(t => t.RuleId, StringComparer.Ordinal).ToArray(),
        };
    }
}
