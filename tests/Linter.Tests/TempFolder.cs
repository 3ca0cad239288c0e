namespace GoalLint.Tests;

/// <summary>A throwaway folder for tests that write small input trees; deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("goallint-test-").FullName;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes <paramref name="text"/> at <paramref name="relative"/>, creating folders; returns the full path.</summary>
    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
