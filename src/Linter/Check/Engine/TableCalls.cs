using GoalLint.Analysis;

namespace GoalLint.Check.Engine;

/// <summary>A table-scoped rule call made, waiting for its share of the table's CPU time.</summary>
internal readonly record struct TableCall(RuleRunner Runner, RuleOnFile File, TableInRun Table, CallFailure? Failure, List<ReportedIssue>? Reported, long WallTicks, TimeSpan OffThread);

/// <summary>
/// The table-scoped rule calls on one table, made one after another on one thread and timed in
/// that thread's CPU time. Reading a thread's CPU clock is a system call (≈ 2 µs on this VM, more
/// than most rule calls cost; read around every call it was a tenth of a loaded run's time), so
/// the clock is read once before and once after the table's calls, and each call is given the
/// share of that CPU time its wall time had. The shares add up to the CPU the table's calls
/// spent, and a call that takes most of it (a rule that runs away on a file) gets most of it.
/// </summary>
internal sealed class TableCalls
{
    private readonly List<TableCall> _calls = [];
    private TimeSpan _cpuAtStart;

    /// <summary>Starts the calls on a table.</summary>
    public void Start()
    {
        _calls.Clear();
        _cpuAtStart = CpuClock.Thread();
    }

    public void Add(TableCall? call)
    {
        if (call is { } made)
        {
            _calls.Add(made);
        }
    }

    /// <summary>Settles every call with its share of the CPU time spent since <see cref="Start"/>.</summary>
    public void Settle()
    {
        var cpu = CpuClock.Thread() - _cpuAtStart;
        var wall = 0L;
        foreach (var call in _calls)
        {
            wall += call.WallTicks;
        }

        foreach (var call in _calls)
        {
            call.Runner.Settle(call, wall > 0 ? TimeSpan.FromTicks((long)(cpu.Ticks * ((double)call.WallTicks / wall))) : TimeSpan.Zero);
        }
    }
}
