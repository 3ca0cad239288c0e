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
    public static LintResult Run(IReadOnlyList<PerformanceDocument> documents, RuleSet rules)
    {
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        var run = ordered.SelectMany(d => d.Tables.Select(t => new TableInRun(d, t))).ToArray();
        var failures = new ConcurrentQueue<RuleFailure>();
        var findings = new ConcurrentBag<Finding>();
        var runners = rules.Rules.Where(r => r is { Enabled: true, Analyzer: not null })
            .Select(r => new RuleRunner(r, rules.Code.TimeLimit, failures)).ToArray();
        var tableRunners = runners.Where(r => r.Rule.Analyzer is ITableAnalyzer).ToArray();

        Parallel.ForEach(run, table =>
        {
            foreach (var runner in tableRunners.Where(r => r.Rule.Rule.Scope.Covers(table.Table)))
            {
                runner.Run(((ITableAnalyzer)runner.Rule.Analyzer!).Analyze, (token, sink) => Context(table, ordered, run, runner.Rule, sink, token), findings);
            }
        });

        foreach (var runner in runners.Where(r => r.Rule.Analyzer is IRunAnalyzer))
        {
            var inScope = run.Where(t => runner.Rule.Rule.Scope.Covers(t.Table)).ToArray();
            runner.Run(((IRunAnalyzer)runner.Rule.Analyzer!).Analyze, (token, sink) => Context(null, ordered, inScope, runner.Rule, sink, token), findings);
        }

        var sorted = findings
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.At.Sheet, StringComparer.Ordinal)
            .ThenBy(f => f.At.Line)
            .ThenBy(f => f.At.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence, StringComparer.Ordinal)
            .ToArray();
        return new LintResult(ordered, sorted, failures.OrderBy(f => f.RuleId, StringComparer.Ordinal).ToArray(), rules)
        {
            Timings = runners.Select(r => r.Timing).OrderByDescending(t => t.Elapsed).ThenBy(t => t.RuleId, StringComparer.Ordinal).ToArray(),
        };
    }

    private static AnalysisContext Context(TableInRun? table, IReadOnlyList<PerformanceDocument> documents, IReadOnlyList<TableInRun> run, ConfiguredRule rule, Action<ReportedIssue> sink, CancellationToken token) =>
        new(table, documents, run, new RuleParameters(rule.Params), sink, token);
}
