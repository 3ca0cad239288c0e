using System.Text.RegularExpressions;
using GoalLint.Check.Engine;

namespace GoalLint.Check.Kinds;

/// <summary>
/// A rule's pattern, limited by the CPU time one match spends rather than by the wall clock, so
/// a loaded machine gives the same findings as an idle one. A pattern the linear-time engine can
/// run needs no limit. Any other (lookarounds, backreferences) has the regex engine's wall-clock
/// time-out as a first net: a match that passes it having spent less than the limit in CPU (its
/// thread was kept waiting) is tried again under a net <see cref="WallFactor"/> times longer, and
/// fails only when it spends the limit in CPU (or, on a machine loaded past that factor, passes
/// the longer net as well).
/// </summary>
public sealed class RulePattern
{
    /// <summary>CPU time one match of a backtracking pattern may take.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(250);

    private const int WallFactor = 16;

    private readonly Regex _first;
    private readonly Regex? _net;

    private RulePattern(Regex first, Regex? net)
    {
        _first = first;
        _net = net;
    }

    /// <summary>Compiles <paramref name="pattern"/>; throws <see cref="ArgumentException"/> for an invalid one.</summary>
    public static RulePattern Create(string pattern) => Create(pattern, Limit);

    /// <param name="pattern">The pattern.</param>
    /// <param name="firstNet">The wall-clock time-out of the first try (tests shorten it to stand for a thread kept waiting).</param>
    internal static RulePattern Create(string pattern, TimeSpan firstNet)
    {
        try
        {
            return new RulePattern(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), null);
        }
        catch (NotSupportedException)
        {
            return new RulePattern(
                new Regex(pattern, RegexOptions.CultureInvariant, firstNet),
                new Regex(pattern, RegexOptions.CultureInvariant, Limit * WallFactor));
        }
    }

    /// <summary>The first match's text, or null; throws <see cref="TimeoutException"/> when the match spends the limit in CPU.</summary>
    public string? Match(string text)
    {
        if (_net is null)
        {
            return Found(_first.Match(text));
        }

        var started = CpuClock.Thread();
        try
        {
            return Found(_first.Match(text));
        }
        catch (RegexMatchTimeoutException) when (CpuClock.Thread() - started < Limit)
        {
            // Kept waiting, not working: judge the match again by its CPU time.
        }

        started = CpuClock.Thread();
        try
        {
            var found = Found(_net.Match(text));
            return CpuClock.Thread() - started < Limit ? found : throw Over();
        }
        catch (RegexMatchTimeoutException)
        {
            throw Over();
        }
    }

    private TimeoutException Over() =>
        new($"pattern '{_first}' took over {Limit.TotalMilliseconds:0} ms of CPU on one cell (catastrophic backtracking?)");

    private static string? Found(Match m) => m.Success ? m.Value : null;
}
