using System.Text.Json.Nodes;
using GoalLint.Check.Packs;
using GoalLint.Report.Sarif;
using GoalLint.Report.Text;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Security;

/// <summary>
/// The gate belongs to whoever runs it: a config that came with the inputs and weakens the gate
/// is reported where a reviewer looks (the text summary, SARIF invocations), and
/// <c>--fail-on-config-change</c> makes it a failing finding; a config named with --config is the user's.
/// </summary>
public sealed class ConfigFromInputsTests : IDisposable
{
    private const string Weakening = "exclude: [drafts/**]\nfail-on: none\nrules:\n  vague-value:\n    enabled: false\n  placeholder-text:\n    severity: info\n    params:\n      words: { remove: [xxx] }\n";

    private readonly TempFolder _dir = new();

    public ConfigFromInputsTests()
    {
        _dir.Write("submission/table.txt", CliRun.WarningsOnlyTable);
        _dir.Write("submission/.goallint.yaml", Weakening);
    }

    public void Dispose() => _dir.Dispose();

    private RuleSet Build(bool found, bool failOnChange = false) => RuleSetBuilder.Build(new RuleSetOptions
    {
        Config = _dir.PathOf("submission/.goallint.yaml"),
        ConfigFound = found,
        FailOnConfigChange = failOnChange,
        InputRoots = [_dir.PathOf("submission/table.txt")],
    });

    [Fact]
    public void A_found_config_that_weakens_the_gate_is_noted_at_each_setting()
    {
        var rules = Build(found: true);

        Assert.Empty(rules.ConfigFindings);
        Assert.Equal(
            ["exclude", "fail-on", "rules.placeholder-text.params.words", "rules.placeholder-text.severity", "rules.vague-value.enabled"],
            rules.ConfigNotes.Select(n => n.Setting).Order(StringComparer.Ordinal));
        Assert.All(rules.ConfigNotes, n => Assert.True(n.Line > 0, n.ToString()));
        Assert.Equal(5, rules.ConfigNotes.Single(n => n.Setting == "rules.vague-value.enabled").Line);
    }

    [Fact]
    public void The_notes_reach_the_text_summary_and_sarif_invocations()
    {
        var result = LintPipeline.Lint([_dir.PathOf("submission/table.txt")], Build(found: true));

        Assert.Contains("): note: rules.vague-value.enabled: 来自提交材料的配置停用了规则 vague-value。", new TextFormat().Render(result), StringComparison.Ordinal);
        var notifications = JsonNode.Parse(new SarifFormat().Render(result))!["runs"]![0]!["invocations"]![0]!["toolConfigurationNotifications"]!.AsArray();
        Assert.Equal(5, notifications.Count);
        Assert.All(notifications, n => Assert.Equal("config-weakens-gate", (string?)n!["descriptor"]!["id"]));
        Assert.All(notifications, n => Assert.EndsWith(".goallint.yaml", (string?)n!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], StringComparison.Ordinal));
    }

    [Fact]
    public void Fail_on_config_change_makes_each_note_an_error_finding()
    {
        var result = LintPipeline.Lint([_dir.PathOf("submission/table.txt")], Build(found: true, failOnChange: true));

        Assert.Equal(5, result.Findings.Count(f => f.RuleId == ConfigNotice.GateWeakened && f.Severity == GoalLint.Check.Findings.Severity.Error));
        Assert.Empty(result.Rules.ConfigNotes);
    }

    [Fact]
    public void A_config_named_on_the_command_line_is_the_users_own()
    {
        var rules = Build(found: false);

        Assert.Empty(rules.ConfigNotices);
        Assert.False(rules.Rules.Single(r => r.Rule.Id == "vague-value").Enabled);
    }
}
