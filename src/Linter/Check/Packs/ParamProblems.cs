using GoalLint.Analysis;
using GoalLint.Check.Yaml;

namespace GoalLint.Check.Packs;

/// <summary>Parameter values a rule's analyzer refuses (<see cref="IParameterCheck"/>), as located load errors.</summary>
internal static class ParamProblems
{
    /// <summary>Each refused value at its key: in the last layer that set it, or in the rule file when none did.</summary>
    public static IEnumerable<ConfigError> Of(ConfiguredRule rule)
    {
        if (rule.Analyzer is not IParameterCheck check)
        {
            return [];
        }

        var id = rule.Rule.Id;
        return check.Problems(new RuleParameters(rule.Params)).Select(p =>
        {
            var (display, (line, column)) = rule.ParamSetIn.TryGetValue(p.Param, out var layer)
                ? (RulesHome.Display(layer), YamlLocator.FindKey(layer, "rules", id, "params", p.Param))
                : (rule.Rule.DefinedIn, YamlLocator.FindKey(rule.Rule.FullPath, "params", p.Param));
            return new ConfigError(display, line, column, $"rules.{id}.params.{p.Param}: {p.Problem}");
        }).ToArray();
    }
}
