using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Rules;

namespace GoalLint.Check.Packs;

/// <summary>A rule after every layer: its effective severity, parameters and provenance, and its analyzer.</summary>
public sealed class ConfiguredRule
{
    public required Rule Rule { get; init; }

    public Severity Severity { get; set; }

    public bool Enabled { get; set; } = true;

    public Dictionary<string, object> Params { get; init; } = [];

    /// <summary>The file of the last layer that set each parameter, to locate a value the analyzer refuses.</summary>
    public Dictionary<string, string> ParamSetIn { get; } = [];

    /// <summary>Each layer that changed the rule, as "profile dongguan (rules/profiles/dongguan.yaml): severity error".</summary>
    public List<string> ChangedBy { get; } = [];

    /// <summary>An <see cref="ITableAnalyzer"/> or <see cref="IRunAnalyzer"/>, built once the layers are applied.</summary>
    public object? Analyzer { get; set; }

    public RuleProvenance Provenance => new(Rule.Pack, Rule.DefinedIn, ChangedBy);
}
