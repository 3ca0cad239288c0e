namespace GoalLint.Check.Packs;

/// <summary>
/// Where the shipped rule packs and profiles live: <c>rules/</c> beside the tool (copied there by
/// the build), or <c>GOALLINT_RULES</c> when set.
/// </summary>
public static class RulesHome
{
    public static string Directory =>
        Environment.GetEnvironmentVariable("GOALLINT_RULES") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "rules");

    public static string CorePack => Path.Combine(Directory, "core");

    public static string Profiles => Path.Combine(Directory, "profiles");

    /// <summary>Whether the file is one of the shipped packs' (its real path lies under <see cref="Directory"/>).</summary>
    public static bool IsShipped(string path) => RealPath.IsUnder(RealPath.Of(path), RealPath.Of(Directory));

    /// <summary>Shows shipped files as rules/…, others as given.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var home = Path.GetFullPath(Directory);
        return full.StartsWith(home + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? "rules/" + Path.GetRelativePath(home, full).Replace('\\', '/')
            : Path.GetRelativePath(System.IO.Directory.GetCurrentDirectory(), full).Replace('\\', '/');
    }
}
