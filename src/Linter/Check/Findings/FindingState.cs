namespace GoalLint.Check.Findings;

/// <summary>What baselines and waivers made of a finding: the gate counts only <see cref="New"/> ones.</summary>
public enum FindingState
{
    /// <summary>Not in the baseline and not waived: counted by the gate.</summary>
    New,

    /// <summary>Listed in the baseline: accepted when GoalLint was introduced, not counted.</summary>
    Baselined,

    /// <summary>Accepted by a waiver that still holds: shown, not counted.</summary>
    Waived,
}

/// <summary>The waiver that accepted a finding, as reports show it.</summary>
/// <param name="Justification">Why the finding is acceptable.</param>
/// <param name="ApprovedBy">Who accepted it.</param>
/// <param name="Expires">The last day the waiver holds.</param>
public sealed record WaiverNote(string Justification, string ApprovedBy, DateOnly? Expires);
