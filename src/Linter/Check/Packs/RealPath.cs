namespace GoalLint.Check.Packs;

/// <summary>
/// The file a path really names, as the kernel's realpath(3) finds it: every symbolic link on
/// the way followed (/proc/self/cwd, /proc/self/root included), <c>..</c> taken after the link
/// before it is resolved, not by editing the string. Trust is decided on these paths, so two
/// spellings of one folder are one folder. Components that do not exist are kept as written.
/// </summary>
public static class RealPath
{
    /// <summary>As Linux's MAXSYMLINKS: more links on one path is a loop.</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[root.Length..]);
        var resolved = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Join(resolved, part);
            if (LinkTarget(next) is not { } target)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links: {path}");
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }

            Push(pending, target);
        }

        return resolved;
    }

    /// <summary>True when <paramref name="realPath"/> is <paramref name="realFolder"/> or lies under it.</summary>
    public static bool IsUnder(string realPath, string realFolder)
    {
        var folder = Path.TrimEndingDirectorySeparator(realFolder);
        return realPath == folder || realPath.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || (folder.Length > 0 && folder[^1] == Path.DirectorySeparatorChar && realPath.StartsWith(folder, StringComparison.Ordinal));
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
