using System.Runtime.CompilerServices;

namespace GoalLint.Analysis.Guards;

/// <summary>
/// What GoalLint inserts at the start of every body and every loop of a check script (methods,
/// local functions, lambdas — LINQ's included —, constructors, accessors, operators): the check's
/// cancellation is observed and the stack is checked, so a loop or a recursion anywhere in the
/// script ends at the time limit or as an exception, not as a hang or a crashed process. Scripts
/// cannot name this namespace themselves; it is public only so compiled scripts can call it.
/// </summary>
public static class ScriptGuard
{
    [ThreadStatic]
    private static CancellationToken t_cancellation;

    /// <summary>Called by the inserted code: throws when the call has run out of time or stack.</summary>
    public static void Enter()
    {
        t_cancellation.ThrowIfCancellationRequested();
        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    /// <summary>The longest match time-out a script's regex gets: a pattern runs in the runtime's own code, where no guard reaches.</summary>
    public static readonly TimeSpan MaxMatchTimeout = TimeSpan.FromSeconds(1);

    private static volatile bool s_matchesBoundByProcess;

    /// <summary>
    /// Called once by a script worker process. There every call's CPU time is limited by killing the
    /// process, so a match needs no wall-clock time-out of its own — one that, on a loaded machine,
    /// would fail a pattern that costs little CPU.
    /// </summary>
    public static void BoundMatchesByProcess() => s_matchesBoundByProcess = true;

    /// <summary>
    /// Called by the inserted code on every match time-out a script passes to Regex: never longer than
    /// <see cref="MaxMatchTimeout"/> in process; none in a worker process, where the call's CPU limit bounds the match.
    /// </summary>
    public static TimeSpan MatchTimeout(TimeSpan asked) =>
        s_matchesBoundByProcess ? System.Text.RegularExpressions.Regex.InfiniteMatchTimeout
        : asked > TimeSpan.Zero && asked < MaxMatchTimeout ? asked : MaxMatchTimeout;

    /// <summary>Runs <paramref name="script"/> on this thread with <paramref name="cancellation"/> as what every guard observes.</summary>
    public static void Run(CancellationToken cancellation, Action script)
    {
        var outer = t_cancellation;
        t_cancellation = cancellation;
        try
        {
            script();
        }
        finally
        {
            t_cancellation = outer;
        }
    }
}
