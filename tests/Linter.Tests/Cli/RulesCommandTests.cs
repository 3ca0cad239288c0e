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
        Assert.StartsWith(File.ReadAllText(Repo.InRepo("rules", "core", "vague-value.md")).TrimEnd(), output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_the_effective_parameters_under_a_profile()
    {
        var (code, output, _) = CliRun.Run("rules", "explain", "vague-value", "--no-config", "--profile", "dongguan");

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("## Effective settings (core → profile guangdong", output, StringComparison.Ordinal);
        Assert.Contains("- severity: error", output, StringComparison.Ordinal);
        Assert.Matches("- `words`: \\[.*\"稳中有进\"", output);
        Assert.Contains("- changed by profile dongguan (rules/profiles/dongguan.yaml): params.words", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_as_json_carries_each_rule_with_its_parameters()
    {
        var (code, output, _) = CliRun.Run("rules", "list", "--format", "json", "--no-config", "--profile", "dongguan");

        Assert.Equal(ExitCodes.Clean, code);
        var rule = System.Text.Json.Nodes.JsonNode.Parse(output)!.AsArray().Single(r => (string?)r!["id"] == "vague-value")!;
        Assert.Equal("error", (string?)rule["severity"]);
        Assert.Contains("稳中有进", rule["params"]!["words"]!.AsArray().Select(w => (string?)w));
    }

    [Fact]
    public void Explain_of_an_unknown_rule_is_a_usage_error()
    {
        var (code, _, error) = CliRun.Run("rules", "explain", "no-such-rule", "--no-config");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no rule 'no-such-rule'", error, StringComparison.Ordinal);
    }
}

/// <summary><c>goallint rules test PACK</c> over a city's own pack: each rule's fixture must fire where marked, and only there.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class RulesTestCommandTests : IDisposable
{
    private readonly TempFolder _pack = new();

    public RulesTestCommandTests()
    {
        _pack.Write("pack.yaml", "id: city\n");
        _pack.Write("slow-growth.yaml", """
            id: slow-growth
            title: A value that only says it grows slowly
            title-zh: 指标值只写“稳步提升”
            category: vague-value
            severity: warning
            message: "「{evidence}」无法核验。"
            suggestion: "写成可核验的数值。"
            check:
              kind: text
              field: indicator.targets
              match: contains
            params:
              words: [稳步提升]
            """);
    }

    [Theory]
    [InlineData("时效指标", "质量指标", ExitCodes.Clean, "PASS slow-growth", "1 rules passed, 0 failed")]
    [InlineData("质量指标", "时效指标", ExitCodes.FindingsOverThreshold, "FAIL slow-growth", "0 rules passed, 1 failed")]
    public void A_pack_fixture_passes_only_when_the_rule_fires_where_marked(string bad, string good, int expectedCode, string verdict, string summary)
    {
        var marked = CliRun.WarningsOnlyTable
            .Replace("\t\t" + bad, "//ruleid: slow-growth\n\t\t" + bad, StringComparison.Ordinal)
            .Replace("\t\t" + good, "//ok: slow-growth\n\t\t" + good, StringComparison.Ordinal);
        _pack.Write("slow-growth.fixture.txt", marked);

        var (code, output, _) = CliRun.Run("rules", "test", _pack.Root, "--no-config");

        Assert.True(code == expectedCode, output);
        Assert.Contains(verdict, output, StringComparison.Ordinal);
        Assert.Contains(summary, output, StringComparison.Ordinal);
        Assert.DoesNotContain("vague-value", output, StringComparison.Ordinal);
    }

    public void Dispose() => _pack.Dispose();
}
