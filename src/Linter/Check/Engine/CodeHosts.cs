using GoalLint.Check.Plugins;
using GoalLint.Check.Scripts;

namespace GoalLint.Check.Engine;

/// <summary>The hosts that run rule code (C# scripts, plugin analyzers), shared by every rule of a run.</summary>
public sealed class CodeHosts(ScriptCompiler scripts, PluginLoader plugins)
{
    public ScriptCompiler Scripts { get; } = scripts;

    public PluginLoader Plugins { get; } = plugins;

    /// <summary>
    /// How long one script or plugin call may run before it is stopped. A run-scoped call sees every
    /// table, so it gets this once per <see cref="LintEngine.TablesPerRunLimit"/> tables in its scope.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);
}
