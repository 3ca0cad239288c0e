using GoalLint.Check.Plugins;

namespace GoalLint.Check.Kinds;

/// <summary>
/// A compiled analyzer: <c>analyzer</c> names the type; <c>assembly</c> (relative to the rule
/// file) names the plugin, by default the built-in GoalLint.Rules.dll shipped with the tool.
/// </summary>
public sealed class PluginCheck : CheckSpec
{
    public string Analyzer { get; set; } = "";

    public string? Assembly { get; set; }

    public override IReadOnlyCollection<string>? KnownParams => null;

    public override string CodePath(Rules.Rule rule) =>
        Assembly is null ? PluginLoader.BuiltInPath : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(rule.FullPath)!, Assembly));

    public override object CreateAnalyzer(CheckSetup setup)
    {
        if (string.IsNullOrWhiteSpace(Analyzer))
        {
            throw RuleErrors.Option(setup.Rule, "analyzer", "a plugin check needs 'analyzer' (the analyzer's full type name)");
        }

        return setup.Code.Plugins.CreateAnalyzer(CodePath(setup.Rule), Analyzer, setup.Rule.DefinedIn);
    }
}
