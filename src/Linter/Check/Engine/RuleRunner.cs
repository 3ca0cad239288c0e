using System.Collections.Concurrent;
using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;

namespace GoalLint.Check.Engine;

/// <summary>
/// Runs one configured rule's analyzer under guard: rule code (scripts, plugins) gets a time
/// limit per call, and any failure is recorded once and switches the rule off for the rest of
/// the run instead of ending it.
/// </summary>
internal sealed class RuleRunner(ConfiguredRule rule, TimeSpan timeLimit, ConcurrentQueue<RuleFailure> failures)
{
    private int _failed;

    public ConfiguredRule Rule => rule;

    public void Run(Action<AnalysisContext> analyze, Func<CancellationToken, Action<ReportedIssue>, AnalysisContext> context, ConcurrentBag<Finding> findings)
    {
        if (Volatile.Read(ref _failed) != 0)
        {
            return;
        }

        var reported = new List<ReportedIssue>();
        using var limit = rule.Rule.RunsCode ? new CancellationTokenSource(timeLimit) : null;
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
