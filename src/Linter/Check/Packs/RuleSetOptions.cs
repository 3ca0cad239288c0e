namespace GoalLint.Check.Packs;

/// <summary>How to build the effective rule set: which profile, which config file, which packs are trusted.</summary>
public sealed record RuleSetOptions
{
    /// <summary>A profile name (rules/profiles/NAME.yaml) or a path to a profile file.</summary>
    public string? Profile { get; init; }

    /// <summary>A config file (.goallint.yaml); applied last.</summary>
    public string? Config { get; init; }

    /// <summary>
    /// The config was found (in the current folder or above it), not named with <c>--config</c>:
    /// it may sit in the submission being checked, so it is untrusted and what it does to the gate is reported.
    /// </summary>
    public bool ConfigFound { get; init; }

    /// <summary>A found config that weakens the gate fails the run (<c>--fail-on-config-change</c>).</summary>
    public bool FailOnConfigChange { get; init; }

    /// <summary>The inputs as given: the submission is their folders (see <see cref="TrustBoundary"/>).</summary>
    public IReadOnlyList<string> InputRoots { get; init; } = [];

    public bool AllowInputCode { get; init; }

    /// <summary>Packs named on the command line (<c>rules test PACK</c>), added after every layer.</summary>
    public IReadOnlyList<string> ExtraPacks { get; init; } = [];

    /// <summary>Only these rules run (rules test uses this to check one rule with all others off).</summary>
    public IReadOnlySet<string>? Only { get; init; }

    public string ScriptCache { get; init; } = Scripts.ScriptCompiler.DefaultCacheDirectory;
}
