using GoalLint.Check.Packs;

namespace GoalLint.Tests.Check;

/// <summary>A throwaway rule pack with a profile that adds it to core, for engine tests.</summary>
internal sealed class TempPack : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("goallint-pack-");

    public TempPack()
    {
        Directory.CreateDirectory(PackDir);
        File.WriteAllText(Path.Combine(PackDir, "pack.yaml"), "id: temp\n");
        File.WriteAllText(ProfilePath, "description: test profile\npacks: [pack]\n");
    }

    public string Root => _root.FullName;

    public string PackDir => Path.Combine(Root, "pack");

    public string ProfilePath => Path.Combine(Root, "profile.yaml");

    public string CacheDir => Path.Combine(Root, "cache");

    /// <summary>Adds a script rule: id.yaml declaring a table-scoped script, and id.csx holding <paramref name="script"/>.</summary>
    public TempPack ScriptRule(string id, string script, string scope = "table")
    {
        File.WriteAllText(Path.Combine(PackDir, id + ".yaml"), $$"""
            id: {{id}}
            title: Test script rule
            category: structure
            severity: warning
            message: "{evidence}"
            check:
              kind: script
              scope: {{scope}}
            """);
        File.WriteAllText(Path.Combine(PackDir, id + ".csx"), script);
        return this;
    }

    /// <summary>Adds a plugin rule: id.yaml naming <paramref name="analyzer"/> in <paramref name="assembly"/> (relative to the pack).</summary>
    public TempPack PluginRule(string id, string analyzer, string assembly)
    {
        File.WriteAllText(Path.Combine(PackDir, id + ".yaml"), $$"""
            id: {{id}}
            title: Test plugin rule
            category: structure
            severity: warning
            message: "{evidence}"
            check:
              kind: plugin
              analyzer: {{analyzer}}
              assembly: {{assembly}}
            """);
        return this;
    }

    public RuleSet Build(IReadOnlySet<string>? only = null, IReadOnlyList<string>? inputs = null, bool allowInputCode = false) =>
        RuleSetBuilder.Build(new RuleSetOptions
        {
            Profile = ProfilePath,
            ScriptCache = CacheDir,
            Only = only,
            InputRoots = inputs ?? [],
            AllowInputCode = allowInputCode,
        });

    public void Dispose() => _root.Delete(recursive: true);
}
