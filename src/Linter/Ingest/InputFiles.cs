using Microsoft.Extensions.FileSystemGlobbing;

namespace GoalLint.Ingest;

/// <summary>
/// Expands the paths given on the command line into files, folders recursively, in a stable order.
/// Exclude globs (<c>README.md</c>, <c>**/drafts/**</c>) apply to files found in a folder, relative
/// to that folder; a file named on the command line is always read.
/// </summary>
public static class InputFiles
{
    /// <summary>Files to read, and the paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths, IReadOnlyCollection<string>? exclude = null)
    {
        var kept = Excluding(exclude ?? []);
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(FilesUnder(path).Where(f => kept.Match(Path.GetRelativePath(path, f)).HasMatches));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files.Distinct().ToArray(), missing);
    }

    private static Matcher Excluding(IReadOnlyCollection<string> exclude)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude("**/*");
        matcher.AddExcludePatterns(exclude);
        return matcher;
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !IsHidden(Path.GetRelativePath(folder, f)) && !IsConfig(f))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Dot-folders (.git, .goallint) and dot-files are never submissions.</summary>
    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    /// <summary>Rule packs and scripts that sit among submissions are configuration, not tables.</summary>
    private static bool IsConfig(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".yaml" or ".yml" or ".csx" or ".dll" or ".scriban";
}
