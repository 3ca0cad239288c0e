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
    public static bool Fails(IReadOnlyList<Finding> findings, FailOn failOn, int? maxWarnings) =>
        findings.Any(f => Reaches(f, failOn)) || (maxWarnings is { } max && findings.Count(f => f.Severity == Severity.Warning) > max);

    /// <summary>Whether the finding's severity is at or above the --fail-on threshold.</summary>
    public static bool Reaches(Finding finding, FailOn failOn) => failOn switch
    {
        FailOn.Error => finding.Severity >= Severity.Error,
        FailOn.Warning => finding.Severity >= Severity.Warning,
        FailOn.Info => true,
        _ => false,
    };
}
