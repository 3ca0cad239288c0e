using System.Text.RegularExpressions;
using GoalLint.Check.Engine;

namespace GoalLint.Check.Kinds;

/// <summary>
/// A rule's pattern, limited by the CPU time one match spends rather than by the wall clock, so
/// a loaded machine gives the same findings as an idle one. A pattern the linear-time engine can
/// run needs no limit. Any other (lookarounds, backreferences) has the regex engine's wall-clock
/// time-out as a first net, with no clock read of its own: reading the thread's CPU clock is a
/// system call that costs more than a typical match, and on every cell under every text rule it
/// was a tenth of a run's time. A match that passes the first net is tried again timed in CPU
/// (<see cref="MatchTimed"/>): when it has spent less than the limit in CPU (its thread was kept
/// waiting), it is tried once more under a wall-clock net sized for the CPU time it has left at
/// the share of a core it was given (at most <see cref="WallFactor"/> times the limit), and fails
/// only when it spends the limit in CPU. On an idle machine a runaway match so fails after about
/// twice the limit, not after the longest net. A backtracking pattern starts interpreted, which costs
/// nothing to build; one that has run on <see cref="CompileAfter"/> texts is on a large run and is
/// compiled to IL once (the same matches, several times faster per match; a one-file run never pays
/// for the compilation).
/// </summary>
public sealed class RulePattern
{
    /// <summary>CPU time one match of a backtracking pattern may take.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(250);

    private const int WallFactor = 16;

    /// <summary>Matches after which a backtracking pattern is compiled: a table has some tens of cells a pattern reads.</summary>
    internal const int CompileAfter = 2000;

    private readonly string _pattern;
    private readonly TimeSpan _firstNet;

    /// <summary>The backtracking engine, interpreted: built with the pattern (it parses it), the engine for a pattern the linear one cannot run.</summary>
    private readonly Regex _backtracking;

    /// <summary>The engine chosen on the first match (<see cref="Choose"/>); a backtracking one is swapped for its compiled form later.</summary>
    private Regex? _engine;
    private int _matches;

    private RulePattern(string pattern, TimeSpan firstNet)
    {
        _pattern = pattern;
        _firstNet = firstNet;
        _backtracking = new Regex(pattern, RegexOptions.CultureInvariant, firstNet);
    }

    /// <summary>Whether the pattern runs compiled (for tests).</summary>
    internal bool IsCompiled => ((_engine?.Options ?? RegexOptions.None) & RegexOptions.Compiled) != 0;

    /// <summary>Parses <paramref name="pattern"/>; throws <see cref="ArgumentException"/> for an invalid one.</summary>
    public static RulePattern Create(string pattern) => Create(pattern, Limit);

    /// <param name="pattern">The pattern.</param>
    /// <param name="firstNet">The wall-clock time-out of the first try (tests shorten it to stand for a thread kept waiting).</param>
    internal static RulePattern Create(string pattern, TimeSpan firstNet) => new(pattern, firstNet);

    /// <summary>Chooses and builds the engine now rather than on the first match.</summary>
    public void Prepare() => _ = _engine ?? Choose();

    /// <summary>The first match's text, or null; throws <see cref="TimeoutException"/> when the match spends the limit in CPU.</summary>
    public string? Match(string text)
    {
        var engine = _engine ?? Choose();
        if ((engine.Options & RegexOptions.NonBacktracking) != 0)
        {
            return Found(engine.Match(text));
        }

        if (Interlocked.Increment(ref _matches) == CompileAfter)
        {
            engine = _engine = new Regex(_pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, _firstNet);
        }

        try
        {
            return Found(engine.Match(text));
        }
        catch (RegexMatchTimeoutException)
        {
            return MatchTimed(text);
        }
    }

    /// <summary>
    /// The linear-time engine where it can run the pattern, else the backtracking one. Chosen on the first match, not
    /// when the rule set is built: building the linear engine's automaton was ≈ 45 ms of a one-file run's start-up,
    /// and a rule whose field is never filled never pays it. Threads that race here build it twice; the first kept wins.
    /// </summary>
    private Regex Choose()
    {
        Regex engine;
        try
        {
            engine = new Regex(_pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            engine = _backtracking;
        }

        return Interlocked.CompareExchange(ref _engine, engine, null) ?? engine;
    }

    /// <summary>A match that ran past the first net on the wall clock, tried again and judged by the CPU it spends.</summary>
    private string? MatchTimed(string text)
    {
        var started = CpuClock.Thread();
        var wallStart = System.Diagnostics.Stopwatch.GetTimestamp();
        TimeSpan net;
        try
        {
            return Found(Regex.Match(text, _pattern, RegexOptions.CultureInvariant, Limit));
        }
        catch (RegexMatchTimeoutException) when (CpuClock.Thread() - started is var spent && spent < Limit)
        {
            // Kept waiting, not working: the CPU it has left, at the share of a core it was given.
            var share = Math.Max(spent.Ticks, 1) / (double)Math.Max(System.Diagnostics.Stopwatch.GetElapsedTime(wallStart).Ticks, 1);
            net = TimeSpan.FromTicks((long)Math.Min((Limit - spent).Ticks * 2 / share, (Limit * WallFactor).Ticks));
        }
        catch (RegexMatchTimeoutException)
        {
            throw Over();
        }

        started = CpuClock.Thread();
        try
        {
            var found = Found(Regex.Match(text, _pattern, RegexOptions.CultureInvariant, net + TimeSpan.FromMilliseconds(1)));
            return CpuClock.Thread() - started < Limit ? found : throw Over();
        }
        catch (RegexMatchTimeoutException)
        {
            throw Over();
        }
    }

    private TimeoutException Over() =>
        new($"pattern '{_pattern}' took over {Limit.TotalMilliseconds:0} ms of CPU on one cell (catastrophic backtracking?)");

    private static string? Found(Match m) => m.Success ? m.Value : null;
}
