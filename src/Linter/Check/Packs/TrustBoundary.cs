namespace GoalLint.Check.Packs;

/// <summary>
/// The one trust decision. The submission is every input folder, and the folder of every input
/// file, by real path: naming the inputs as files rather than as their folder, or a pack through
/// a symbolic link or <c>/proc/self/cwd</c>, changes nothing. What lies inside the submission, or
/// is named by a file that does, is the submitter's; code there runs only with
/// <c>--allow-input-code</c>. The user's own choices (shipped packs, <c>--profile</c>,
/// <c>--config</c>, <c>--template</c>) are trusted.
/// </summary>
public sealed class TrustBoundary
{
    public TrustBoundary(IEnumerable<string> inputs, bool allowInputCode)
    {
        Roots = inputs.Select(Root).Distinct(StringComparer.Ordinal).ToArray();
        AllowInputCode = allowInputCode;
    }

    public static TrustBoundary TrustEverything { get; } = new([], allowInputCode: true);

    /// <summary>The submission's folders, as real paths.</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <summary>The user extended trust to everything in the inputs (<c>--allow-input-code</c>).</summary>
    public bool AllowInputCode { get; }

    /// <summary>The submission folder <paramref name="path"/> lies in (by real path), or null.</summary>
    public string? RootOf(string path)
    {
        var real = RealPath.Of(path);
        return Roots.FirstOrDefault(r => RealPath.IsUnder(real, r));
    }

    /// <summary>An input folder is itself; an input file stands for the folder holding it, which is the submission too.</summary>
    private static string Root(string input)
    {
        var real = RealPath.Of(input);
        return Directory.Exists(real) ? real : Path.GetDirectoryName(real) ?? real;
    }
}
