namespace GoalLint.Check.Packs;

/// <summary>How to build the effective rule set: which profile, which config file, which packs are trusted.</summary>
public sealed record RuleSetOptions
{
    /// <summary>A profile name (rules/profiles/NAME.yaml) or a path to a profile file.</summary>
    public string? Profile { get; init; }

    /// <summary>A config file (.goallint.yaml); applied last.</summary>
    public string? Config { get; init; }

    /// <summary>The submissions being checked: code rules found inside them are refused.</summary>
    public IReadOnlyList<string> InputRoots { get; init; } = [];

    public bool AllowInputCode { get; init; }

    /// <summary>Packs named on the command line (<c>rules test PACK</c>), added after every layer.</summary>
    public IReadOnlyList<string> ExtraPacks { get; init; } = [];

    /// <summary>Only these rules run (rules test uses this to check one rule with all others off).</summary>
    public IReadOnlySet<string>? Only { get; init; }

    public string ScriptCache { get; init; } = Scripts.ScriptCompiler.DefaultCacheDirectory;
}
