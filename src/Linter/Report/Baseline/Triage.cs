using GoalLint.Check.Findings;

namespace GoalLint.Report.Baseline;

/// <summary>
/// What baselines and waivers did to a run's findings: how many a baseline left out, and which
/// of the remaining ones a waiver still holding on the run's date accepts. Reports show waived
/// findings; the gate does not count them.
/// </summary>
public sealed record Triage(int Baselined, IReadOnlyDictionary<string, Waiver> Waived, int ExpiredWaivers)
{
    public static Triage None { get; } = new(0, new Dictionary<string, Waiver>(), 0);

    /// <summary>Matches waivers to findings by fingerprint; an expired waiver is counted and ignored.</summary>
    public static Triage For(IEnumerable<Finding> findings, int baselined, IReadOnlyList<Waiver> waivers, DateOnly today)
    {
        var present = findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var matching = waivers.Where(w => present.Contains(w.Fingerprint)).ToArray();
        return new Triage(
            baselined,
            matching.Where(w => w.HoldsOn(today)).DistinctBy(w => w.Fingerprint).ToDictionary(w => w.Fingerprint, StringComparer.Ordinal),
            matching.Count(w => !w.HoldsOn(today)));
    }

    public Waiver? WaiverFor(Finding finding) => Waived.GetValueOrDefault(finding.Fingerprint);

    /// <summary>The findings the gate counts: all but the waived ones.</summary>
    public IReadOnlyList<Finding> Gated(IEnumerable<Finding> findings) => findings.Where(f => WaiverFor(f) is null).ToArray();
}
