using GoalLint.Check.Findings;

namespace GoalLint.Report.Baseline;

/// <summary>
/// What baselines and waivers did to a run's findings: which ones a baseline left out, which of
/// the remaining ones a waiver still holding on the run's date accepts, and which waivers did
/// nothing (matched no finding, or expired). Reports show waived findings; the gate does not count them.
/// </summary>
public sealed record Triage(IReadOnlyList<Finding> BaselinedFindings, IReadOnlyDictionary<string, Waiver> Waived, IReadOnlyList<UnusedWaiver> Unused)
{
    public static Triage None { get; } = new([], new Dictionary<string, Waiver>(), []);

    /// <summary>Findings left out because the baseline lists them.</summary>
    public int Baselined => BaselinedFindings.Count;

    /// <summary>Waivers that matched a finding but have expired, so the finding counts again.</summary>
    public int ExpiredWaivers => Unused.Count(u => u is { Reason: UnusedReason.Expired, MatchedAFinding: true });

    /// <summary>Matches waivers to findings by fingerprint; an expired waiver is ignored and, like one matching nothing, listed as unused.</summary>
    public static Triage For(IEnumerable<Finding> findings, IReadOnlyList<Finding> baselined, IReadOnlyList<Waiver> waivers, DateOnly today)
    {
        var present = waivers.Count == 0 ? [] : findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var unused = waivers.Select((w, i) => (w, i))
            .Where(p => !p.w.HoldsOn(today) || !present.Contains(p.w.Fingerprint))
            .Select(p => new UnusedWaiver(p.i, p.w, p.w.HoldsOn(today) ? UnusedReason.MatchedNothing : UnusedReason.Expired, present.Contains(p.w.Fingerprint)))
            .ToArray();
        return new Triage(
            baselined.Select(f => f with { State = FindingState.Baselined }).ToArray(),
            waivers.Where(w => w.HoldsOn(today) && present.Contains(w.Fingerprint)).DistinctBy(w => w.Fingerprint).ToDictionary(w => w.Fingerprint, StringComparer.Ordinal),
            unused);
    }

    public Waiver? WaiverFor(Finding finding) => Waived.GetValueOrDefault(finding.Fingerprint);

    /// <summary>The findings with their state set: waived ones carry their waiver (marked as they are read).</summary>
    public IReadOnlyCollection<Finding> Mark(IReadOnlyCollection<Finding> findings) => Waived.Count == 0 ? findings : new FindingStream(() => findings
        .Select(f => WaiverFor(f) is { } w ? f with { State = FindingState.Waived, Waiver = new WaiverNote(w.Justification, w.ApprovedBy, w.Expires) } : f), findings.Count);

    /// <summary>The findings the gate counts: all but the waived ones.</summary>
    public IReadOnlyCollection<Finding> Gated(IReadOnlyCollection<Finding> findings) => Waived.Count == 0 ? findings : new FindingStream(() => findings.Where(f => WaiverFor(f) is null));
}

/// <summary>Why a waiver did nothing in this run.</summary>
public enum UnusedReason
{
    /// <summary>No finding of the run has its fingerprint: the finding was fixed, or the fingerprint is wrong.</summary>
    MatchedNothing,

    /// <summary>Its expiry date has passed: the finding it accepted counts again.</summary>
    Expired,
}

/// <summary>A waiver that did nothing: its position in the waiver file (waivers[Index]), and why.</summary>
public sealed record UnusedWaiver(int Index, Waiver Waiver, UnusedReason Reason, bool MatchedAFinding)
{
    /// <summary>One line saying what happened and what to do, naming the entry as waivers[i].</summary>
    public string Describe() => Reason == UnusedReason.Expired
        ? $"waivers[{Index}] (fingerprint {Waiver.Fingerprint}) expired on {Waiver.Expires:yyyy-MM-dd}"
          + (MatchedAFinding ? "; its finding counts again: fix the finding or renew the waiver with a new expires date" : " and matches no finding: remove it")
        : $"waivers[{Index}] (fingerprint {Waiver.Fingerprint}) matches no finding of this run: the finding was fixed or the fingerprint is wrong; remove the waiver or correct its fingerprint";
}
