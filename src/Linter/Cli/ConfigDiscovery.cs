namespace GoalLint.Cli;

/// <summary>
/// Finds the config a run uses when --config is not given, as ESLint and Ruff do: the nearest
/// <see cref="FileName"/> in the current folder or one of its parents. Kept to this one function
/// so the trust decision about a config found inside the submissions has one place to look.
/// </summary>
public static class ConfigDiscovery
{
    public const string FileName = ".goallint.yaml";

    /// <summary>The full path of the nearest config from <paramref name="folder"/> up to the file-system root, or null.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
