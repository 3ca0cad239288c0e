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
internal sealed class RuleRunner(ConfiguredRule rule, TimeSpan timeLimit, ConcurrentQueue<RuleFailure> failures)
{
    private int _failed;
    private long _ticks;
    private int _calls;
    private int _findings;

    public ConfiguredRule Rule => rule;

    public RuleTiming Timing => new(rule.Rule.Id, Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks)), Volatile.Read(ref _calls), Volatile.Read(ref _findings));

    public void Run(Action<AnalysisContext> analyze, Func<CancellationToken, Action<ReportedIssue>, AnalysisContext> context, ConcurrentBag<Finding> findings)
    {
        if (Volatile.Read(ref _failed) != 0)
        {
            return;
        }

        var reported = new List<ReportedIssue>();
        using var limit = rule.Rule.RunsCode ? new CancellationTokenSource(timeLimit) : null;
        var started = Stopwatch.GetTimestamp();
        try
        {
            analyze(context(limit?.Token ?? CancellationToken.None, reported.Add));
        }
        catch (OperationCanceledException) when (limit?.IsCancellationRequested == true)
        {
            Fail($"stopped after {timeLimit.TotalSeconds:0.#} s (time limit); the rule was switched off for the rest of the run");
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Fail($"{ex.GetType().Name}: {ex.Message}; the rule was switched off for the rest of the run");
            return;
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref _calls);
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
