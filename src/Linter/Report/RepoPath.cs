namespace GoalLint.Report;

/// <summary>
/// A finding's file as CI tools want it: relative to the current folder (the checkout) when it
/// lies inside it, with forward slashes. Code scanning and PR annotations match files by
/// repo-relative path, so an absolute path would attach to nothing.
/// </summary>
public static class RepoPath
{
    public static string Relative(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.IsPathRooted(path) && full.StartsWith(Environment.CurrentDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(Environment.CurrentDirectory, full)
            : path;
        return relative.Replace('\\', '/');
    }
}
