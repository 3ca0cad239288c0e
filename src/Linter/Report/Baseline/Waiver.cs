using System.Text.Json.Serialization;

namespace GoalLint.Report.Baseline;

/// <summary>
/// A reviewer's acceptance of one finding (by fingerprint): why, who approved it, and until when.
/// A waived finding leaves the gate but stays in reports; after <see cref="Expires"/> it counts again.
/// </summary>
/// <param name="Fingerprint">The finding's fingerprint, as reports and baselines show it.</param>
/// <param name="RuleId">The rule, for the reader of the file; not used to match.</param>
/// <param name="File">The file, for the reader of the file; not used to match.</param>
/// <param name="Justification">Why the finding is acceptable.</param>
/// <param name="ApprovedBy">Who accepted it.</param>
/// <param name="Expires">The last day the waiver holds, written in any of the forms <see cref="WaiverDate"/> reads.</param>
public sealed record Waiver(string Fingerprint, string? RuleId, string? File, string Justification, string ApprovedBy, [property: JsonConverter(typeof(WaiverDate))] DateOnly? Expires)
{
    public bool HoldsOn(DateOnly today) => Expires is { } last && today <= last;
}
