using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;

namespace GoalLint.Check.Kinds;

/// <summary>Load-time errors of a rule's check, pointing at the rule file.</summary>
public static class RuleErrors
{
    public static ConfigurationException Option(Rule rule, string option, string message) =>
        YamlFiles.Error(rule.DefinedIn, 0, 0, $"rule '{rule.Id}', {option}: {message}");

    /// <summary>A user pattern (see <see cref="RulePattern"/>: linear where it can be, otherwise limited in CPU time per match).</summary>
    public static RulePattern Regex(Rule rule, string pattern)
    {
        try
        {
            return RulePattern.Create(pattern);
        }
        catch (ArgumentException ex)
        {
            throw Option(rule, "params.patterns", $"'{pattern}' is not a valid regular expression ({ex.Message})");
        }
    }
}
