namespace GoalLint.Tests;

/// <summary>Paths of the repository and of the shared corpus beside it, found from the test binary.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/corpus beside the clone (CI has it there).</summary>
    public static string Corpus { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static string CorpusFile(string name) => Path.Combine(Corpus, name);

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Set GOALLINT_UPDATE_GOLDEN=1 to rewrite golden files instead of comparing.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("GOALLINT_UPDATE_GOLDEN") == "1";

    /// <summary>Above the test binary, or (when artifacts are built elsewhere) above this source file.</summary>
    private static string FindRoot() =>
        Above(AppContext.BaseDirectory) ?? Above(SourceFile()) ?? throw new InvalidOperationException("Linter.sln not found above the test binary or its sources.");

    private static string? Above(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Linter.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
