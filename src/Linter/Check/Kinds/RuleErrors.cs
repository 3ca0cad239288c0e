using System.Text.RegularExpressions;
using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;

namespace GoalLint.Check.Kinds;

/// <summary>Load-time errors of a rule's check, pointing at the rule file.</summary>
public static class RuleErrors
{
    /// <summary>A user pattern the linear-time engine cannot run (lookarounds, backreferences) gets this match time-out, so no pattern can hang a run.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    public static ConfigurationException Option(Rule rule, string option, string message) =>
        YamlFiles.Error(rule.DefinedIn, 0, 0, $"rule '{rule.Id}', {option}: {message}");

    /// <summary>
    /// A user pattern, compiled for the non-backtracking engine where it can be: that engine runs
    /// in time linear in the text, so catastrophic patterns cannot hang and no time-out (which a
    /// loaded machine can trip) makes findings depend on load.
    /// </summary>
    public static Regex Regex(Rule rule, string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException ex)
        {
            throw Option(rule, "params.patterns", $"'{pattern}' is not a valid regular expression ({ex.Message})");
        }
    }
}
