using System.Collections.Concurrent;
using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// The check stage: every table-scoped rule over every table in its scope (in parallel), then
/// every run-scoped rule once over the whole run. Findings come out in a stable order
/// (file, line, column, rule) whatever the scheduling.
/// </summary>
public static class LintEngine
{
    /// <summary>A run-scoped call gets the per-call limit once for every this many tables in its scope (at least once).</summary>
    public const int TablesPerRunLimit = 1_000;

    public static LintResult Run(IReadOnlyList<PerformanceDocument> documents, RuleSet rules)
    {
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        var run = new RunData(ordered, ordered.SelectMany(d => d.Tables.Select(t => new TableInRun(d, t))).ToArray());
        var failures = new ConcurrentQueue<RuleFailure>();
        var findings = new ConcurrentBag<Finding>();
        var limit = rules.Code.TimeLimit;
        using var watchdog = new CallWatchdog(limit);
        var runners = rules.Rules.Where(r => r is { Enabled: true, Analyzer: not null })
            .Select(r => new RuleRunner(r, watchdog, failures)).ToArray();
        var tableRunners = runners.Where(r => r.IsTableScoped).ToArray();

        Parallel.ForEach(run.Tables, table =>
        {
            foreach (var runner in tableRunners)
            {
                if (runner.Rule.Rule.Scope.Covers(table.Table))
                {
                    runner.RunOn(table, run, findings, limit);
                }
            }
        });

        foreach (var runner in runners.Where(r => r.IsRunScoped))
        {
            var inScope = run.Tables.Where(t => runner.Rule.Rule.Scope.Covers(t.Table)).ToArray();
            runner.RunOnAll(run with { Tables = inScope }, findings, limit * Math.Max(1.0, (double)inScope.Length / TablesPerRunLimit));
        }

        // What the trust boundary refused in the configuration is reported with the run's findings.
        var sorted = findings.Concat(rules.ConfigFindings).ToArray();
        Array.Sort(sorted, InReportOrder);
        return new LintResult(ordered, sorted, failures.OrderBy(f => f.RuleId, StringComparer.Ordinal).ToArray(), rules)
        {
            Timings = runners.Select(r => r.Timing).OrderByDescending(t => t.Elapsed).ThenBy(t => t.RuleId, StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>File, sheet, line, column, rule, evidence: one comparison rather than a chain of LINQ sorts, which costs a single-file run its JIT time.</summary>
    private static int InReportOrder(Finding a, Finding b)
    {
        var order = string.CompareOrdinal(a.File, b.File);
        order = order != 0 ? order : string.CompareOrdinal(a.At.Sheet, b.At.Sheet);
        order = order != 0 ? order : a.At.Line.CompareTo(b.At.Line);
        order = order != 0 ? order : a.At.Column.CompareTo(b.At.Column);
        order = order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
        return order != 0 ? order : string.CompareOrdinal(a.Evidence, b.Evidence);
    }
}
