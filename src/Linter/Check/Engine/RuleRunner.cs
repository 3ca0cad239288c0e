using System.Collections.Concurrent;
using System.Diagnostics;
using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;

namespace GoalLint.Check.Engine;

/// <summary>
/// Runs one configured rule's analyzer under guard: rule code (scripts, plugins) gets a time
/// limit per call, and any failure is recorded once and switches the rule off for the rest of
/// the run instead of ending it. It also sums the time spent in the rule (for <c>lint --timing</c>):
/// two timestamps and two interlocked adds per call, cheap beside any analyzer.
/// </summary>
internal sealed class RuleRunner(ConfiguredRule rule, CallWatchdog watchdog, ConcurrentQueue<RuleFailure> failures)
{
    private readonly Action<AnalysisContext>? _tableAnalyze = rule.Analyzer is ITableAnalyzer table ? table.Analyze : null;
    private readonly Action<AnalysisContext>? _runAnalyze = rule.Analyzer is IRunAnalyzer run ? run.Analyze : null;
    private readonly RuleParameters _params = new(rule.Params);
    private int _failed;
    private long _ticks;
    private int _calls;
    private int _findings;

    public ConfiguredRule Rule => rule;

    public bool IsTableScoped => _tableAnalyze is not null;

    public bool IsRunScoped => _runAnalyze is not null;

    public RuleTiming Timing => new(rule.Rule.Id, Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks)), Volatile.Read(ref _calls), Volatile.Read(ref _findings));

    /// <summary>One table through a table-scoped rule.</summary>
    public void RunOn(TableInRun table, RunData run, ConcurrentBag<Finding> findings, TimeSpan limit) =>
        Run(_tableAnalyze!, table, run, findings, limit);

    /// <summary>The whole run (the tables in the rule's scope) through a run-scoped rule.</summary>
    public void RunOnAll(RunData run, ConcurrentBag<Finding> findings, TimeSpan limit) =>
        Run(_runAnalyze!, null, run, findings, limit);

    private void Run(Action<AnalysisContext> analyze, TableInRun? table, RunData run, ConcurrentBag<Finding> findings, TimeSpan limit)
    {
        if (Volatile.Read(ref _failed) != 0)
        {
            return;
        }

        List<ReportedIssue>? reported = null;
        void Sink(ReportedIssue issue) => (reported ??= []).Add(issue);
        var started = Stopwatch.GetTimestamp();
        var call = rule.Rule.RunsCode ? watchdog.Start(limit) : default(CallWatchdog.Call?);
        try
        {
            analyze(new AnalysisContext(table, run.Documents, run.Tables, _params, Sink, call?.Token ?? CancellationToken.None));
        }
        catch (OperationCanceledException) when (call?.TimedOut == true)
        {
            Fail($"stopped after {limit.TotalSeconds:0.#} s (time limit); the rule was switched off for the rest of the run");
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException || rule.Rule.RunsCode)
        {
            // A refused allocation in a script or plugin is that rule's failure: the runtime stays usable.
            var what = ex is OutOfMemoryException ? $"ran out of memory ({ex.GetType().Name}: {ex.Message})" : $"{ex.GetType().Name}: {ex.Message}";
            Fail($"{what}; the rule was switched off for the rest of the run");
            return;
        }
        finally
        {
            call?.Dispose();
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref _calls);
        }

        if (reported is null)
        {
            return;
        }

        Interlocked.Add(ref _findings, reported.Count);
        foreach (var issue in reported)
        {
            findings.Add(FindingFactory.Create(rule, issue));
        }
    }

    private void Fail(string message)
    {
        if (Interlocked.Exchange(ref _failed, 1) == 0)
        {
            failures.Enqueue(new RuleFailure(rule.Rule.Id, rule.Rule.DefinedIn, message));
        }
    }
}
