using GoalLint.Tests.Check;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// A text rule's pattern with catastrophic backtracking. Patterns the linear-time engine can run
/// never backtrack at all; the others (lookarounds, backreferences) hit their match time-out,
/// which fails that rule, names it and its file, and leaves the rest of the run alone.
/// </summary>
public sealed class HostileRegexTests
{
    private static readonly string Corpus = Repo.CorpusFile("dongguan-tgao-2023-goals.txt");

    [Fact]
    public void A_backtracking_bomb_fails_its_rule_and_the_run_goes_on()
    {
        using var pack = new TempPack();
        WritePatternRule(pack, "backtrack", "^(?=((.)*)*XYZ)");
        var rules = pack.Build(new HashSet<string> { "backtrack", "vague-value" });

        var result = LintPipeline.Lint([Corpus], rules);

        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("backtrack", failure.RuleId);
        Assert.EndsWith("backtrack.yaml", failure.DefinedIn, StringComparison.Ordinal);
        Assert.Contains("catastrophic backtracking", failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == "vague-value");
    }

    [Fact]
    public void A_nested_quantifier_without_lookarounds_runs_in_linear_time_and_matches()
    {
        using var pack = new TempPack();
        WritePatternRule(pack, "nested", "^((\\w)+)+，");
        var rules = pack.Build(new HashSet<string> { "nested" });

        var result = LintPipeline.Lint([Corpus], rules);

        Assert.Empty(result.RuleFailures);
        Assert.Contains(result.Findings, f => f.RuleId == "nested");
    }

    private static void WritePatternRule(TempPack pack, string id, string pattern) =>
        File.WriteAllText(Path.Combine(pack.PackDir, id + ".yaml"), $$"""
            id: {{id}}
            title: Hostile pattern
            category: vague-value
            severity: warning
            message: "{evidence}"
            check:
              kind: text
              field: goal.any
            params:
              patterns: ['{{pattern}}']
            """);
}
