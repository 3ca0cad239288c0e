using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Cli;
using GoalLint.Ingest;
using GoalLint.Normalise;
using GoalLint.Tests.Check;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// One hostile file never costs the others their results (issue 12): a rule that throws on one
/// table fails there only, numbers no arithmetic survives are structure findings about the
/// value, and findings, diagnostics and evidence stay bounded per rule and file.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class FaultIsolationTests : IDisposable
{
    /// <summary>Divides by zero on the table about 污水管网 only, and reports every other table's project name.</summary>
    private const string ThrowsOnOneTable = """
        var name = Table!.Header.ProjectName!;
        var zero = name.Text.Contains("污水管网") ? 0 : 1;
        Report(name.At, (1 / zero).ToString() + name.Text);
        """;

    private static readonly string Example = Repo.InRepo("examples", "guangdong-goals-2023.tsv");

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_rule_that_throws_on_one_table_fails_there_with_a_located_finding_and_runs_on_the_others()
    {
        using var pack = new TempPack().ScriptRule("fragile", ThrowsOnOneTable);
        var rules = pack.Build(new HashSet<string> { "fragile" });

        var result = LintPipeline.Lint([Example], rules);

        var failed = Assert.Single(result.Findings, f => f.RuleId == FindingFactory.RuleFailedId);
        Assert.Equal("structure", failed.Category);
        Assert.Contains("fragile", failed.Message, StringComparison.Ordinal);
        Assert.Contains("DivideByZeroException", failed.Message, StringComparison.Ordinal);
        Assert.Equal(1, failed.At.Line);
        Assert.Equal(0, failed.Table!.Index);
        Assert.Equal(result.TableCount - 1, result.Findings.Count(f => f.RuleId == "fragile"));
        Assert.Contains("1 table(s)", Assert.Single(result.RuleFailures).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_failing_at_run_time_is_not_a_configuration_error()
    {
        using var pack = new TempPack().ScriptRule("fragile", ThrowsOnOneTable);

        var (code, stdout, stderr) = CliRun.Run("lint", Example, "--no-config", "--profile", pack.ProfilePath, "--fail-on", "none");

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("rule-failed", stdout, StringComparison.Ordinal);
        Assert.Contains("warning: rule fragile", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("huge-start-year", "实施周期起始年度「9223372036854775808」")]
    [InlineData("tiny-budget", "全年预算数「0.0000000000000000000000001」")]
    [InlineData("huge-negative-amount", "全年执行数「-79228162514264337593543950335」")]
    [InlineData("exponent-values", "指标值「≥9999999999999999公里」")]
    [InlineData("huge-task-amounts", "年度主要任务预算金额「7000000000000000000000000」")]
    public void A_number_out_of_range_is_a_structure_finding_about_the_value_and_no_rule_fails(string name, string quoted)
    {
        var result = LintPipeline.Lint([Write(name)], RuleSetBuilder.Build(new RuleSetOptions()));

        Assert.Empty(result.RuleFailures);
        Assert.Contains(result.Findings, f => f.Message.Contains(quoted, StringComparison.Ordinal));
        var finding = result.Findings.First(f => f.Message.Contains(quoted, StringComparison.Ordinal));
        Assert.Equal("structure", finding.Category);
        Assert.Contains(NumberRange.Code, finding.Message, StringComparison.Ordinal);
        Assert.True(finding.At.Line > 0);
    }

    /// <summary>Whatever the hostile file does, the good files beside it get exactly the findings they get alone.</summary>
    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public void Every_hostile_input_beside_good_files_leaves_their_findings_unchanged(string name)
    {
        var good = Directory.GetFiles(Repo.InRepo("examples")).Order(StringComparer.Ordinal)
            .Select(f => _dir.Write(Path.Combine("a-good", Path.GetFileName(f)), File.ReadAllText(f))).ToArray();
        var rules = RuleSetBuilder.Build(new RuleSetOptions());
        var alone = Describe(LintPipeline.Lint(good, rules).Findings);

        var beside = LintPipeline.Lint([.. good, Write(name)], rules);

        Assert.Equal(alone, Describe(beside.Findings.Where(f => f.File.Contains("a-good", StringComparison.Ordinal))));
        Assert.Empty(beside.RuleFailures);
        Assert.DoesNotContain(beside.Findings, f => f.RuleId == FindingFactory.RuleFailedId);
        Assert.All(beside.Findings.GroupBy(f => (f.RuleId, f.File)), g => Assert.InRange(g.Count(), 1, FindingLimits.PerRulePerFile + 1));
        Assert.All(beside.Findings, f => Assert.InRange(f.Evidence.Length, 0, FindingLimits.EvidenceChars + 1));
    }

    [Fact]
    public void Findings_past_the_cap_become_one_finding_that_counts_them()
    {
        using var pack = new TempPack().ScriptRule("chatty", "for (var i = 0; i < 2_500; i++) { Report(Table!.At, i.ToString()); }");
        var rules = pack.Build(new HashSet<string> { "chatty" });

        var result = LintPipeline.Lint([Example], rules);

        var chatty = result.Findings.Where(f => f.RuleId == "chatty").ToArray();
        Assert.Equal(FindingLimits.PerRulePerFile + 1, chatty.Length);
        var more = (2_500 * result.TableCount) - FindingLimits.PerRulePerFile;
        Assert.Single(chatty, f => f.Message.Contains($"另有 {more:N0} 条同类结果未列出", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_is_an_excerpt_never_the_whole_text()
    {
        using var pack = new TempPack().ScriptRule("quote-all", "Report(Table!.At, new string('中', 100_000));");
        var rules = pack.Build(new HashSet<string> { "quote-all" });

        var finding = LintPipeline.Lint([Example], rules).Findings.First(f => f.RuleId == "quote-all");

        Assert.Equal(FindingLimits.EvidenceChars + 1, finding.Evidence.Length);
        Assert.EndsWith("…", finding.Evidence, StringComparison.Ordinal);
    }

    /// <summary>The budget is the rule's CPU over all of one file's tables, judged on the rule's own thread, so load does not move it.</summary>
    [Fact]
    public void A_rule_over_its_budget_on_a_file_gives_one_rule_failed_finding_for_that_file()
    {
        using var pack = new TempPack().ScriptRule("slow", "var n = 0L; for (var i = 0; i < 50_000_000; i++) { n += i % 7; } Report(Table!.At, n.ToString());");
        var built = pack.Build(new HashSet<string> { "slow" });
        var rules = new RuleSet(built.Rules, new CodeHosts(built.Code.Scripts, built.Code.Plugins) { FileBudget = TimeSpan.FromMilliseconds(1) });

        var result = LintPipeline.Lint([Example], rules);

        var failed = Assert.Single(result.Findings);
        Assert.Equal(FindingFactory.RuleFailedId, failed.RuleId);
        Assert.Null(failed.Table);
        Assert.Contains("超出预算", failed.Message, StringComparison.Ordinal);
    }

    /// <summary>Each unplaced cell of a 河北 row once quoted the whole row: cost grew with the square of the row's cells.</summary>
    [Fact]
    public void A_wide_hebei_row_costs_linear_memory_and_bounded_diagnostics()
    {
        var path = Write("wide-hebei-row");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var document = Normaliser.Normalise(DocumentLoader.CreateDefault().Load(path, "wide.md"));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 64L * 1024 * 1024);
        Assert.All(document.Diagnostics.GroupBy(d => d.Code), g => Assert.InRange(g.Count(), 1, IngestContext.PerCodeLimit + 1));
        Assert.All(document.Diagnostics, d => Assert.InRange(d.Evidence?.Length ?? 0, 0, IngestContext.EvidenceChars + 1));
        Assert.NotEmpty(document.Tables);
    }

    private string Write(string name)
    {
        var (extension, text) = HostileInputs.All[name];
        return _dir.Write(Path.Combine("zz-hostile", name + extension), text);
    }

    private static string[] Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{Path.GetFileName(f.File)}:{f.At.Line}:{f.At.Column} {f.RuleId} {f.Severity} {f.Evidence} | {f.Message}").ToArray();
}
