namespace GoalLint.Check.Findings;

/// <summary>When a lint run fails its gate.</summary>
public enum FailOn
{
    Error,
    Warning,
    Info,

    /// <summary>Findings never fail the run; only --max-warnings can.</summary>
    None,
}

/// <summary>The gate: fail on findings at or above a severity, or on more warnings than allowed.</summary>
public static class Gate
{
    /// <summary>
    /// At most one pass over the findings (they may be read back from disk): none when nothing can fail
    /// the run (--fail-on none without --max-warnings), and it stops at the first finding that fails it.
    /// </summary>
    public static bool Fails(IEnumerable<Finding> findings, FailOn failOn, int? maxWarnings)
    {
        if (failOn == FailOn.None && maxWarnings is null)
        {
            return false;
        }

        var warnings = 0;
        foreach (var finding in findings)
        {
            if (Reaches(finding, failOn))
            {
                return true;
            }

            warnings += finding.Severity == Severity.Warning ? 1 : 0;
        }

        return maxWarnings is { } max && warnings > max;
    }

    /// <summary>Whether the finding's severity is at or above the --fail-on threshold.</summary>
    public static bool Reaches(Finding finding, FailOn failOn) => failOn switch
    {
        FailOn.Error => finding.Severity >= Severity.Error,
        FailOn.Warning => finding.Severity >= Severity.Warning,
        FailOn.Info => true,
        _ => false,
    };
}
