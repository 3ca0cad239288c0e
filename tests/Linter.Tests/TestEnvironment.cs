using System.Runtime.CompilerServices;

namespace GoalLint.Tests;

/// <summary>Points every test at the repository's rule packs and a private script cache, before any test runs.</summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void Initialise()
    {
        Environment.SetEnvironmentVariable("GOALLINT_RULES", Repo.InRepo("rules"));
        Environment.SetEnvironmentVariable("GOALLINT_CACHE", Path.Combine(Path.GetTempPath(), "goallint-test-cache-" + Environment.ProcessId));
    }
}
