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

    /// <summary>
    /// CPU time one rule (any kind: a text rule's patterns as much as a script) may spend on one
    /// file over all its tables; past it the rule's findings there give way to one rule-failed
    /// finding. Measured on the calling thread, so a loaded machine does not spend it faster.
    /// </summary>
    public TimeSpan FileBudget { get; init; } = TimeSpan.FromSeconds(5);
}
