namespace GoalLint.Accuracy;

/// <summary>
/// A set of reviews scored together. Reviews under a folder whose name starts with <c>heldout</c>
/// (<c>heldout</c>, <c>heldout2</c> …) are held-out sets, one per folder name: tables written apart
/// from the rules, so a set's first (blind) figures say how GoalLint does on tables it has never
/// seen. Everything else is in-sample. Sets are never added up: a rule tuned on a sample scores
/// well on it by construction, and each held-out set stops being held out once it is calibrated on.
/// </summary>
public sealed record ReviewSet(string Name, IReadOnlyList<string> Files)
{
    public const string HeldOutPrefix = "heldout";

    public const string InSample = "样本内";

    public const string HeldOut = "留出集";

    /// <summary>The review files under the given paths split into the in-sample set and one set per held-out folder (empty sets left out).</summary>
    public static IReadOnlyList<ReviewSet> Split(IEnumerable<string> paths)
    {
        var files = AccuracyRun.ReviewFiles(paths);
        var heldOut = files.Select(f => (File: f, Folder: HeldOutFolder(f))).Where(f => f.Folder is not null)
            .GroupBy(f => f.Folder!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReviewSet($"{HeldOut}（{g.Key}）", [.. g.Select(f => f.File)]));
        ReviewSet[] sets = [new(InSample, [.. files.Where(f => HeldOutFolder(f) is null)]), .. heldOut];
        return [.. sets.Where(s => s.Files.Count > 0)];
    }

    private static string? HeldOutFolder(string file) =>
        Path.GetDirectoryName(file)!.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .FirstOrDefault(d => d.StartsWith(HeldOutPrefix, StringComparison.Ordinal));
}
