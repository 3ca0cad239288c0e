using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Tests.Check;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// What the in-process guard cannot stop (a stack overflow inside LINQ's own code, time spent
/// inside one runtime call with no callback into the script) is stopped by running a user's
/// scripts in a worker process that is killed or dies alone: the rule fails on that table, with
/// a located finding, and every other rule and table keeps its results.
/// </summary>
public sealed class ScriptWorkerTests
{
    /// <summary>A million nested Distinct iterators: enumerating them recurses in the runtime's code, where no guard runs.</summary>
    private const string OverflowsOnOneTable = """
        var name = Table!.Header.ProjectName!;
        if (name.Text.Contains("污水管网"))
        {
            IEnumerable<int> chain = new[] { 1 };
            for (var i = 0; i < 1_000_000; i++) { chain = chain.Distinct(); }
            Report(name.At, chain.Count().ToString());
        }
        """;

    /// <summary>Four billion steps inside one LINQ call without a delegate: no guard point until it returns.</summary>
    private const string StuckInOneCall = """
        var last = Enumerable.Range(0, int.MaxValue).Zip(Enumerable.Range(0, int.MaxValue)).Last();
        Report(Table!.At, last.ToString());
        """;

    /// <summary>
    /// A backtracking pattern that costs milliseconds of CPU per match (millions of steps), asked to
    /// give up after one: in process the match times out on any machine; in the worker the call's CPU
    /// limit bounds it instead, so what it decides does not depend on how busy the machine is.
    /// </summary>
    private const string SlowPatternWithTinyTimeout = """
        var pattern = new System.Text.RegularExpressions.Regex("^(a|aa)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(1));
        Report(Table!.At, pattern.IsMatch(new string('a', 32) + "b") ? "matched" : "no match");
        """;

    private const string ReportsEveryProject = "Report(Table!.Header.ProjectName!);";

    private static readonly string Example = Repo.InRepo("examples", "guangdong-goals-2023.tsv");

    [Fact]
    public void A_stack_overflow_inside_linq_fails_one_table_and_every_other_result_stays()
    {
        using var pack = new TempPack().ScriptRule("overflow", OverflowsOnOneTable).ScriptRule("names", ReportsEveryProject);
        var alone = LintPipeline.Lint([Example], pack.Build(new HashSet<string> { "names", "vague-value" }));

        var result = LintPipeline.Lint([Example], pack.Build(new HashSet<string> { "overflow", "names", "vague-value" }));

        var failed = Assert.Single(result.Findings, f => f.RuleId == FindingFactory.RuleFailedId);
        Assert.Equal(0, failed.Table!.Index);
        Assert.Contains("规则 overflow", failed.Message, StringComparison.Ordinal);
        Assert.Contains("进程终止", failed.Message, StringComparison.Ordinal);
        Assert.Equal(Describe(alone.Findings), Describe(result.Findings.Where(f => f.RuleId != FindingFactory.RuleFailedId)));
    }

    [Fact]
    public void A_script_stuck_inside_one_runtime_call_is_stopped_at_its_limit()
    {
        using var pack = new TempPack().ScriptRule("stuck", StuckInOneCall).ScriptRule("names", ReportsEveryProject);
        var built = pack.Build(new HashSet<string> { "stuck", "names" });
        var rules = new RuleSet(built.Rules, new CodeHosts(built.Code.Scripts, built.Code.Plugins) { TimeLimit = TimeSpan.FromMilliseconds(200) });

        var result = LintPipeline.Lint([Example], rules);

        var failed = Assert.Single(result.Findings, f => f.RuleId == FindingFactory.RuleFailedId);
        Assert.Contains("超出时限", failed.Message, StringComparison.Ordinal);
        Assert.Contains("time limit", Assert.Single(result.RuleFailures).Message, StringComparison.Ordinal);
        Assert.Equal(result.TableCount, result.Findings.Count(f => f.RuleId == "names"));
    }

    [Fact]
    public void A_script_regex_in_the_worker_is_bounded_by_cpu_time_not_its_wall_clock_time_out()
    {
        using var pack = new TempPack().ScriptRule("slow-pattern", SlowPatternWithTinyTimeout);

        var result = LintPipeline.Lint([Example], pack.Build(new HashSet<string> { "slow-pattern" }));

        Assert.Empty(result.RuleFailures);
        Assert.Equal(result.TableCount, result.Findings.Count(f => f.RuleId == "slow-pattern" && f.Message.Contains("no match", StringComparison.Ordinal)));
    }

    [Fact]
    public void Only_scripts_outside_the_shipped_packs_run_in_a_worker()
    {
        using var pack = new TempPack().ScriptRule("names", ReportsEveryProject);

        Assert.True(RulesHome.IsShipped(Path.Combine(RulesHome.CorePack, "year-mismatch.csx")));
        Assert.False(RulesHome.IsShipped(Path.Combine(pack.PackDir, "names.csx")));
    }

    private static string[] Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.File}:{f.At} {f.RuleId} {f.Evidence} | {f.Message}").ToArray();
}
