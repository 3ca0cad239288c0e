using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;

namespace GoalLint.Tests.Check;

/// <summary>City profiles and config files change results: a severity raised, a rule off, a word added — each recorded as provenance.</summary>
public class ProfileTests
{
    private static readonly string Dongguan = Repo.CorpusFile("dongguan-bdc-2024-goals.txt");

    [Fact]
    public void Dongguan_profile_raises_vague_value_and_lowers_cost_not_a_cost()
    {
        var core = Lint(new RuleSetOptions());
        var city = Lint(new RuleSetOptions { Profile = "dongguan" });

        Assert.All(core.Findings.Where(f => f.RuleId == "vague-value"), f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(city.Findings, f => f.RuleId == "vague-value");
        Assert.All(city.Findings.Where(f => f.RuleId == "vague-value"), f => Assert.Equal(Severity.Error, f.Severity));
        var lowered = Assert.IsType<Finding>(city.Findings.FirstOrDefault(f => f.RuleId == "cost-not-a-cost"), exactMatch: false);
        Assert.Equal(Severity.Info, lowered.Severity);
        Assert.Contains(lowered.Provenance.ChangedBy, c => c.Contains("profile dongguan", StringComparison.Ordinal));
    }

    [Fact]
    public void Config_switches_a_rule_off_and_adds_a_word()
    {
        using var dir = new TempPack();
        var config = Path.Combine(dir.Root, ".goallint.yaml");
        File.WriteAllText(config, """
            extends: guangdong
            rules:
              cost-not-a-cost:
                enabled: false
              vague-value:
                params:
                  words: { add: [节约] }
            """);

        var core = Lint(new RuleSetOptions());
        var configured = Lint(new RuleSetOptions { Config = config });

        Assert.Contains(core.Findings, f => f.RuleId == "cost-not-a-cost");
        Assert.DoesNotContain(configured.Findings, f => f.RuleId == "cost-not-a-cost");
        var added = configured.Findings.Where(f => f.RuleId == "vague-value").Select(f => f.Fingerprint)
            .Except(core.Findings.Where(f => f.RuleId == "vague-value").Select(f => f.Fingerprint)).ToArray();
        Assert.NotEmpty(added);
        Assert.All(configured.Findings.Where(f => added.Contains(f.Fingerprint)), f => Assert.Contains("节约", f.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Config_naming_an_unknown_rule_is_an_error()
    {
        using var dir = new TempPack();
        var config = Path.Combine(dir.Root, ".goallint.yaml");
        File.WriteAllText(config, "rules:\n  no-such-rule:\n    severity: error\n");

        var error = Assert.Throws<ConfigurationException>(() => RuleSetBuilder.Build(new RuleSetOptions { Config = config }));

        Assert.Contains("no rule 'no-such-rule'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("duplicate-indicator-block", "min-indicator", "min-indicators")]
    [InlineData("year-mismatch", "baseline-word", "baseline-words")]
    [InlineData("vague-value", "word", "words")]
    public void A_parameter_the_rule_does_not_declare_is_an_error_at_its_line(string rule, string typo, string declared)
    {
        using var dir = new TempPack();
        var config = Path.Combine(dir.Root, ".goallint.yaml");
        File.WriteAllText(config, $"fail-on: warning\nrules:\n  {rule}:\n    params:\n      {typo}: 5\n");

        var error = Assert.Throws<ConfigurationException>(() => RuleSetBuilder.Build(new RuleSetOptions { Config = config }));

        var located = Assert.Single(error.Errors);
        Assert.Equal((5, 7), (located.Line, located.Column));
        Assert.Contains($"'{typo}' is not a parameter of this rule", located.Message, StringComparison.Ordinal);
        Assert.Contains(declared, located.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cut-at-fixed-width", "columns", "[name, descrption]", "'descrption' is not one of: name, annual-value")]
    [InlineData("description-cut-at-width", "measures", "[display-widht]", "'display-widht' is not one of: display-width, characters")]
    public void A_value_the_analyzer_does_not_know_is_an_error_at_its_line(string rule, string param, string value, string expected)
    {
        using var dir = new TempPack();
        var config = Path.Combine(dir.Root, ".goallint.yaml");
        File.WriteAllText(config, $"fail-on: warning\nrules:\n  {rule}:\n    params:\n      {param}: {value}\n");

        var error = Assert.Throws<ConfigurationException>(() => RuleSetBuilder.Build(new RuleSetOptions { Config = config }));

        var located = Assert.Single(error.Errors);
        Assert.Equal((".goallint.yaml", 5, 7), (Path.GetFileName(located.File), located.Line, located.Column));
        Assert.Contains(expected, located.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profiles_that_extend_each_other_in_a_cycle_are_an_error()
    {
        using var dir = new TempPack();
        File.WriteAllText(Path.Combine(dir.Root, "a.yaml"), "extends: b.yaml\n");
        File.WriteAllText(Path.Combine(dir.Root, "b.yaml"), "extends: a.yaml\n");

        var error = Assert.Throws<ConfigurationException>(() => RuleSetBuilder.Build(new RuleSetOptions { Profile = Path.Combine(dir.Root, "a.yaml") }));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    private static LintResult Lint(RuleSetOptions options) => LintPipeline.Lint([Dongguan], RuleSetBuilder.Build(options));
}
