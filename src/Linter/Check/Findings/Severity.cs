namespace GoalLint.Check.Findings;

/// <summary>How much a finding matters. Ordered: a gate on <c>warning</c> also fails on <c>error</c>.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
