using GoalLint.Shared.Json;
using GoalLint.Check.Findings;
using GoalLint.Report.Json;

namespace GoalLint.Report.Baseline;

/// <summary>
/// A baseline: the findings a unit has already seen, by fingerprint, with rule, file and evidence
/// so a reviewer can read what was accepted. Fingerprints are semantic (rule, file, project,
/// indicator, evidence), so entries survive rows and tables moving. Versioned like the other
/// machine formats.
/// </summary>
public sealed record BaselineFile(string? SchemaVersion, string Tool, IReadOnlyList<BaselineEntry> Findings) : IVersionedFile
{
    public const string CurrentSchemaVersion = "1.0";

    public static BaselineFile For(IEnumerable<Finding> findings) => new(
        CurrentSchemaVersion,
        $"{ToolInfo.Current.Name} {ToolInfo.Current.Version}",
        findings.Select(f => new BaselineEntry(f.Fingerprint, f.RuleId, f.File.Replace('\\', '/'), f.Evidence))
            .DistinctBy(e => e.Fingerprint)
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToArray());

    public void Write(string path) => VersionedJsonFile.Write(path, this);

    /// <summary>Reads a baseline; a missing, malformed or newer-major file is a located configuration error.</summary>
    public static BaselineFile Read(string path, string display) =>
        VersionedJsonFile.Read<BaselineFile>(path, display, "baseline", CurrentSchemaVersion) is { Findings: not null } file ? file
            : throw Check.Yaml.YamlFiles.Error(display, 1, 1, "not a GoalLint baseline (no findings list)");

    /// <summary>
    /// The run's findings split into those this baseline does not list (left in the run's stream)
    /// and those it does (held: at most as many as the baseline lists).
    /// </summary>
    public (IReadOnlyCollection<Finding> New, IReadOnlyList<Finding> Baselined) Apply(IReadOnlyCollection<Finding> findings)
    {
        var known = Findings.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var baselined = findings.Where(f => known.Contains(f.Fingerprint)).ToArray();
        return (new FindingStream(() => findings.Where(f => !known.Contains(f.Fingerprint)), findings.Count - baselined.Length), baselined);
    }
}

/// <summary>One accepted finding: its fingerprint, and what it was, for review.</summary>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string File, string Evidence);
