namespace GoalLint.Check.Engine;

/// <summary>
/// A thread's CPU clock read once between two rule calls that follow each other on the thread:
/// the reading that ends one call starts the next (the little work between them counts to the next).
/// </summary>
internal struct ThreadCpu
{
    private TimeSpan? _last;

    /// <summary>The CPU time at the start of a call: the last reading, when nothing ran since that was not timed.</summary>
    public TimeSpan Start() => _last ??= CpuClock.Thread();

    /// <summary>Reads the clock (at the end of a call).</summary>
    public TimeSpan Now() => (_last = CpuClock.Thread()).Value;

    /// <summary>An untimed call runs: the last reading no longer marks the next call's start.</summary>
    public TimeSpan Forget()
    {
        _last = null;
        return TimeSpan.Zero;
    }
}
