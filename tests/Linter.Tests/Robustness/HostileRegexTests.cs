using GoalLint.Check.Kinds;
using GoalLint.Tests.Check;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// A text rule's pattern with catastrophic backtracking. Patterns the linear-time engine can run
/// never backtrack at all; the others (lookarounds, backreferences) are limited in CPU time per
/// match: past it the rule fails, named with its file, and the rest of the run goes on.
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

    /// <summary>
    /// The regex engine's own time-out is wall-clock; a match whose thread a loaded machine kept
    /// waiting passes it while spending little CPU. A first net of 100 ns stands for such a
    /// thread: the match is judged again by its CPU time and found, as on an idle machine.
    /// </summary>
    [Fact]
    public void A_match_whose_thread_was_kept_waiting_is_judged_by_its_cpu_time()
    {
        var pattern = RulePattern.Create("^(?=.*?Z)a", TimeSpan.FromTicks(1));

        Assert.Equal("a", pattern.Match(new string('a', 200_000) + "Z"));
        Assert.Null(pattern.Match(new string('a', 200_000)));
    }

    /// <summary>
    /// A backtracking pattern that has run on many texts is compiled: it finds what the interpreted one
    /// found, and a runaway match still fails by its CPU time.
    /// </summary>
    [Fact]
    public void A_pattern_used_on_many_texts_is_compiled_and_matches_the_same()
    {
        var pattern = RulePattern.Create("^(?!.*\\d).{0,8}(明显|显著)(提升|提高)");
        string[] texts = ["服务质量明显提升", "服务质量明显提升5%", "显著提高了", "提高", ""];
        var interpreted = texts.Select(pattern.Match).ToArray();
        var bomb = RulePattern.Create("^(?=((.)*)*XYZ)");
        for (var i = 0; i < RulePattern.CompileAfter; i++)
        {
            pattern.Match("x");
            bomb.Match("XYZ");
        }

        Assert.True(pattern.IsCompiled);
        Assert.Equal(new string?[] { "服务质量明显提升", null, "显著提高", null, null }, interpreted);
        Assert.Equal(interpreted, texts.Select(pattern.Match).ToArray());
        Assert.True(bomb.IsCompiled);
        Assert.Throws<TimeoutException>(() => bomb.Match(new string('a', 5000)));
    }

    /// <summary>A pattern's engine is built on its first match, but the pattern is parsed with the rule set: a bad one fails the build, located.</summary>
    [Fact]
    public void An_invalid_pattern_fails_the_rule_set_build_before_any_match()
    {
        using var pack = new TempPack();
        WritePatternRule(pack, "broken", "([未闭合");

        var error = Assert.Throws<GoalLint.Check.Yaml.ConfigurationException>(() => pack.Build(new HashSet<string> { "broken" }));

        var located = Assert.Single(error.Errors);
        Assert.EndsWith("broken.yaml", located.File, StringComparison.Ordinal);
        Assert.Contains("params.patterns", located.Message, StringComparison.Ordinal);
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
