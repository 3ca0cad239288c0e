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
