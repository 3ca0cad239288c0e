namespace GoalLint.Shared.Cache;

/// <summary>
/// Where GoalLint keeps what it compiles and parses between runs: compiled scripts in the folder
/// itself, parsed rule files in its <c>parsed</c> subfolder. <c>GOALLINT_CACHE</c> moves it;
/// by default it is under the user's local application data, never beside the inputs. It is
/// created only when an entry is written, so an unwritable home costs only the cache.
/// </summary>
public static class CacheFolder
{
    public static string Root =>
        Environment.GetEnvironmentVariable("GOALLINT_CACHE") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "goallint", "scripts");

    public static string Parsed => Path.Combine(Root, "parsed");
}
