using System.Collections.Concurrent;

namespace GoalLint.Shared.Cache;

/// <summary>
/// Where GoalLint keeps what it compiles and parses between runs: compiled scripts in the folder
/// itself, parsed rule files in its <c>parsed</c> subfolder. <c>GOALLINT_CACHE</c> moves it;
/// by default it is under the user's local application data, never beside the inputs. It is
/// created only when an entry is written, so an unwritable home costs only the cache.
/// </summary>
public static class CacheFolder
{
    private static readonly ConcurrentDictionary<string, bool> Trimmed = new(StringComparer.Ordinal);

    public static string Root =>
        Environment.GetEnvironmentVariable("GOALLINT_CACHE") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "goallint", "scripts");

    public static string Parsed => Path.Combine(Root, "parsed");

    /// <summary>
    /// Keeps the <paramref name="keep"/> most recently written entries matching <paramref name="pattern"/>
    /// and deletes the rest (and temporary files a killed run left), once per folder and process,
    /// after the run's first write there: every edit and every new build adds entries under new
    /// names, so without this the folder only grows. A deleted entry costs one parse or compile.
    /// </summary>
    public static void TrimOnce(string folder, string pattern, int keep)
    {
        if (!Trimmed.TryAdd(Path.GetFullPath(folder) + "\n" + pattern, true))
        {
            return;
        }

        try
        {
            var directory = new DirectoryInfo(folder);
            var stale = DateTime.UtcNow.AddHours(-1);
            var leftovers = directory.EnumerateFiles(pattern + ".*.tmp").Where(f => f.LastWriteTimeUtc < stale);
            var surplus = directory.EnumerateFiles(pattern).OrderByDescending(f => f.LastWriteTimeUtc).Skip(keep);
            foreach (var file in leftovers.Concat(surplus).ToArray())
            {
                file.Delete();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another run trimming the same folder, or a read-only one: the cache is only larger.
        }
    }
}
