using GoalLint.Check.Packs;
using GoalLint.Cli;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Cli;

/// <summary><c>goallint rules list</c> and <c>rules explain</c>, run in process over the shipped packs.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class RulesCommandTests
{
    [Fact]
    public void List_shows_every_effective_rule_with_its_category_severity_file_and_title()
    {
        var rules = RuleSetBuilder.Build(new RuleSetOptions());

        var (code, output, error) = CliRun.Run("rules", "list", "--no-config");

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Layers: core", lines[0], StringComparison.Ordinal);
        foreach (var rule in rules.Rules)
        {
            var line = Assert.Single(lines, l => l.StartsWith(rule.Rule.Id + " ", StringComparison.Ordinal));
            Assert.Contains(rule.Rule.Category.Name, line, StringComparison.Ordinal);
            Assert.Contains(rule.Rule.DefinedIn, line, StringComparison.Ordinal);
            Assert.EndsWith(rule.Rule.ReportTitle, line.TrimEnd('\r'), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void List_under_a_profile_says_what_the_profile_changed()
    {
        var (code, output, _) = CliRun.Run("rules", "list", "--no-config", "--profile", "shenzhen");

        Assert.Equal(ExitCodes.Clean, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("shenzhen", lines[0], StringComparison.Ordinal);
        var cost = lines.FindIndex(l => l.StartsWith("missing-cost-indicator ", StringComparison.Ordinal));
        Assert.Contains(" info ", lines[cost], StringComparison.Ordinal);
        Assert.Contains("↳", lines[cost + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_the_rule_doc_page()
    {
        var (code, output, _) = CliRun.Run("rules", "explain", "vague-value", "--no-config");

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Equal(File.ReadAllText(Repo.InRepo("rules", "core", "vague-value.md")).TrimEnd(), output.TrimEnd());
    }

    [Fact]
    public void Explain_of_an_unknown_rule_is_a_usage_error()
    {
        var (code, _, error) = CliRun.Run("rules", "explain", "no-such-rule", "--no-config");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no rule 'no-such-rule'", error, StringComparison.Ordinal);
    }
}
