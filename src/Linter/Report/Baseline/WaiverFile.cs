using GoalLint.Check.Yaml;

namespace GoalLint.Report.Baseline;

/// <summary>The waiver file (<c>--waivers FILE</c>): versioned JSON, a list of <see cref="Waiver"/>s, each complete.</summary>
public sealed record WaiverFile(string? SchemaVersion, IReadOnlyList<Waiver> Waivers) : IVersionedFile
{
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Reads and checks a waiver file: every waiver needs a fingerprint, a justification, an approver and an expiry date.</summary>
    public static WaiverFile Read(string path, string display)
    {
        var file = VersionedJsonFile.Read<WaiverFile>(path, display, "waiver file", CurrentSchemaVersion);
        var errors = (file.Waivers ?? []).SelectMany((w, i) => Problems(w).Select(p => new ConfigError(display, 0, 0, $"waivers[{i}]: {p}"))).ToArray();
        return file.Waivers is null ? throw YamlFiles.Error(display, 1, 1, "not a GoalLint waiver file (no waivers list)")
            : errors.Length > 0 ? throw new ConfigurationException(errors)
            : file;
    }

    private static IEnumerable<string> Problems(Waiver w)
    {
        if (string.IsNullOrWhiteSpace(w.Fingerprint))
        {
            yield return "fingerprint is required";
        }

        if (string.IsNullOrWhiteSpace(w.Justification))
        {
            yield return "justification is required: say why the finding is acceptable";
        }

        if (string.IsNullOrWhiteSpace(w.ApprovedBy))
        {
            yield return "approvedBy is required";
        }

        if (w.Expires is null)
        {
            yield return "expires is required (yyyy-mm-dd): a waiver does not hold forever";
        }
    }
}
