using GoalLint.Shared.Messages;

namespace GoalLint.Check.Engine;

/// <summary>Why a rule call failed: a short cause for the finding (the exception type, the time limit) and the full message.</summary>
/// <param name="Cause">What the rule-failed finding names (the catalogue's 超出时限, an exception type …).</param>
/// <param name="Message">The full message.</param>
/// <param name="TimedOut">True when the time limit stopped the call: the file's budget is then spent whatever the clock says.</param>
internal readonly record struct CallFailure(string Cause, string Message, bool TimedOut)
{
    public static CallFailure TimeLimit(TimeSpan limit, string? how = null) =>
        new(MessageCatalogue.Text("check.cause.timed-out"), $"stopped after {limit.TotalSeconds:0.#} s (time limit){how}", TimedOut: true);
}

/// <summary>
/// One call of a rule's code under the time limit, its failure classified the same way wherever
/// it runs: in the linter's process (<see cref="RuleRunner"/>) or in a script worker process.
/// </summary>
internal static class GuardedCall
{
    [ThreadStatic]
    private static TimeSpan t_limit;

    /// <summary>The time limit of the call running on this thread (for code that hands the call on to a worker process).</summary>
    public static TimeSpan Limit => t_limit;

    /// <param name="body">The call; it receives the token the time limit cancels.</param>
    /// <param name="watchdog">The run's watchdog, for code that runs under the time limit; null for built-in checks.</param>
    /// <param name="limit">The time limit of this call.</param>
    /// <param name="runsCode">True for a script or plugin: a refused allocation there is that rule's failure.</param>
    public static CallFailure? Run(Action<CancellationToken> body, CallWatchdog? watchdog, TimeSpan limit, bool runsCode) =>
        Run(static (body, token) => body(token), body, watchdog, limit, runsCode);

    /// <summary><see cref="Run(Action{CancellationToken}, CallWatchdog?, TimeSpan, bool)"/> with the call's state passed in, so a static body allocates no closure (the engine makes one call per table per rule).</summary>
    public static CallFailure? Run<TState>(Action<TState, CancellationToken> body, TState state, CallWatchdog? watchdog, TimeSpan limit, bool runsCode)
    {
        var call = watchdog?.Start(limit);
        var outer = t_limit;
        t_limit = limit;
        try
        {
            body(state, call?.Token ?? CancellationToken.None);
            return null;
        }
        catch (OperationCanceledException) when (call?.TimedOut == true)
        {
            return CallFailure.TimeLimit(limit);
        }
        catch (RuleCallException ex)
        {
            return ex.Failure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException || runsCode)
        {
            // A refused allocation in a script or plugin is that call's failure: the runtime stays usable.
            var what = ex is OutOfMemoryException ? $"ran out of memory ({ex.GetType().Name}: {ex.Message})" : $"{ex.GetType().Name}: {ex.Message}";
            return new CallFailure(ex.GetType().Name, what, TimedOut: false);
        }
        finally
        {
            t_limit = outer;
            call?.Dispose();
        }
    }
}

/// <summary>A call that failed where it ran (a script worker process) and says how, for <see cref="GuardedCall"/> to record as it is.</summary>
internal sealed class RuleCallException(CallFailure failure) : Exception(failure.Message)
{
    public CallFailure Failure { get; } = failure;
}

/// <summary>
/// An analyzer that hands each call to another process, which enforces the time limit there (in
/// that process's CPU time, from the moment the call reaches it): the engine starts no watchdog
/// of its own for it, as time spent waiting for a free worker is no time spent by the rule.
/// </summary>
internal interface IRunsElsewhere;

/// <summary>
/// CPU a rule call spent off the calling thread (in a script worker process), added by the code
/// that ran it and taken by <see cref="RuleRunner"/>, so the rule's budget per file counts it.
/// </summary>
internal static class OffThreadCpu
{
    [ThreadStatic]
    private static long t_ticks;

    public static void Add(TimeSpan cpu) => t_ticks += cpu.Ticks;

    public static TimeSpan Take()
    {
        var spent = TimeSpan.FromTicks(t_ticks);
        t_ticks = 0;
        return spent;
    }
}
