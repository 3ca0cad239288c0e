using GoalLint.Check.Findings;

namespace GoalLint.Check.Engine;

/// <summary>
/// One rule's account on one file: the time it spent there, the findings it made (kept to a
/// bounded number as they come), how many it made past the cap, and whether it went over budget.
/// Tables of one file are checked on several threads, so every member is thread-safe.
/// </summary>
internal sealed class RuleOnFile
{
    private readonly Lock _lock = new();
    private readonly List<Finding> _findings = [];
    private long _cpuTicks;
    private int _dropped;
    private (string Cause, string Message)? _overBudget;

    /// <summary>Set once the rule spent its budget on the file (or a call hit the time limit): its findings there give way to one rule-failed finding.</summary>
    public (string Cause, string Message)? OverBudget
    {
        get
        {
            lock (_lock)
            {
                return _overBudget;
            }
        }
    }

    /// <summary>
    /// Whether the next call on the file is timed in CPU time. Reading a thread's CPU clock costs
    /// more than most calls, so calls are first timed by the wall clock, each counting at most
    /// <see cref="WallShare"/> of the budget (a call the machine's load or a collection held up
    /// counts no more), and in CPU time once they have counted that much together. A file that
    /// costs little is never timed by the slower clock, and the load moves the verdict by at most
    /// twice that share.
    /// </summary>
    public bool TimesCpu(TimeSpan budget) => Volatile.Read(ref _cpuTicks) >= WallShare(budget).Ticks;

    /// <summary>A hundredth of the budget: the most one wall-timed call counts, and the most the wall-timed calls count before CPU timing starts.</summary>
    public static TimeSpan WallShare(TimeSpan budget) => budget / 100;

    /// <summary>Adds the time a call spent on the file; returns the total so far.</summary>
    public TimeSpan Spend(TimeSpan time) => TimeSpan.FromTicks(Interlocked.Add(ref _cpuTicks, time.Ticks));

    /// <summary>True for the first call that marks the file, so the failure is counted once.</summary>
    public bool MarkOverBudget(string cause, string message)
    {
        lock (_lock)
        {
            if (_overBudget is not null)
            {
                return false;
            }

            _overBudget = (cause, message);
            _findings.Clear();
            return true;
        }
    }

    public void CountDropped()
    {
        lock (_lock)
        {
            _dropped++;
        }
    }

    public void Add(Finding finding)
    {
        lock (_lock)
        {
            _findings.Add(finding);
            if (_findings.Count >= 4 * FindingLimits.PerRulePerFile)
            {
                // Only findings that can never be listed go: the first cap in report order stay.
                _findings.Sort(FindingOrder.Compare);
                _dropped += _findings.Count - FindingLimits.PerRulePerFile;
                _findings.RemoveRange(FindingLimits.PerRulePerFile, _findings.Count - FindingLimits.PerRulePerFile);
            }
        }
    }

    /// <summary>
    /// The first <see cref="FindingLimits.PerRulePerFile"/> findings in report order and how many
    /// more there were. Which ones are listed does not depend on the order tables finished in.
    /// </summary>
    public (List<Finding> Listed, int More) Listed()
    {
        lock (_lock)
        {
            _findings.Sort(FindingOrder.Compare);
            var more = Math.Max(0, _findings.Count - FindingLimits.PerRulePerFile) + _dropped;
            return (_findings.Count > FindingLimits.PerRulePerFile ? _findings[..FindingLimits.PerRulePerFile] : _findings, more);
        }
    }
}
