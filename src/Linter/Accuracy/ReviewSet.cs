namespace GoalLint.Accuracy;

/// <summary>
/// A set of reviews scored together. Reviews under a folder named <c>heldout</c> are the held-out
/// set: tables written apart from the rules and never used to calibrate them, so its figures say
/// how GoalLint does on tables it has never seen. Everything else is in-sample. The two are never
/// added up: a rule tuned on a sample scores well on it by construction.
/// </summary>
public sealed record ReviewSet(string Name, IReadOnlyList<string> Files)
{
    public const string HeldOutFolder = "heldout";

    public const string InSample = "样本内";

    public const string HeldOut = "留出集";

    /// <summary>The review files under the given paths split into the in-sample and held-out sets (empty sets left out).</summary>
    public static IReadOnlyList<ReviewSet> Split(IEnumerable<string> paths)
    {
        var files = AccuracyRun.ReviewFiles(paths);
        ReviewSet[] sets =
        [
            new(InSample, [.. files.Where(f => !IsHeldOut(f))]),
            new(HeldOut, [.. files.Where(IsHeldOut)]),
        ];
        return [.. sets.Where(s => s.Files.Count > 0)];
    }

    private static bool IsHeldOut(string file) =>
        Path.GetDirectoryName(file)!.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Contains(HeldOutFolder, StringComparer.Ordinal);
}
