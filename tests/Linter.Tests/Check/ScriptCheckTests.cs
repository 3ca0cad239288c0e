using GoalLint.Check.Kinds;
using GoalLint.Check.Yaml;

namespace GoalLint.Tests.Check;

/// <summary>C# script checks: compiled once and cached on disk, stoppable, and refused when they reach for what a check must not touch.</summary>
public class ScriptCheckTests
{
    private const string NameEcho = """
        foreach (var indicator in Table!.Indicators)
        {
            if (indicator.Name is { } name && name.Text.Contains("培训"))
            {
                Report(name, indicator);
            }
        }
        """;

    private static readonly string Corpus = Repo.CorpusFile("dongguan-tgao-2023-goals.txt");

    [Fact]
    public void Warm_run_loads_the_compiled_script_from_the_disk_cache()
    {
        using var pack = new TempPack().ScriptRule("echo-names", NameEcho);

        var cold = pack.Build(new HashSet<string> { "echo-names" });
        var warm = pack.Build(new HashSet<string> { "echo-names" });

        Assert.Equal(1, cold.Code.Scripts.Compilations);
        Assert.Equal(0, warm.Code.Scripts.Compilations);
        Assert.Single(Directory.GetFiles(pack.CacheDir, "*.goallint-script"));
        var findings = LintPipeline.Lint([Corpus], warm).Findings;
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains("培训", f.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Endless_script_is_stopped_and_the_run_goes_on()
    {
        using var pack = new TempPack().ScriptRule("spin", "var n = 0; while (true) { n++; }");
        var rules = pack.Build(new HashSet<string> { "spin", "vague-value" });

        var result = LintPipeline.Lint([Corpus], rules);

        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("spin", failure.RuleId);
        Assert.Contains("time limit", failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == "vague-value");
    }

    [Fact]
    public void Runaway_recursion_fails_the_rule_not_the_process()
    {
        using var pack = new TempPack().ScriptRule("recurse", "int Down(int n) => Down(n + 1) + 1; Down(0);");
        var rules = pack.Build(new HashSet<string> { "recurse" });

        var result = LintPipeline.Lint([Corpus], rules);

        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("recurse", failure.RuleId);
        Assert.Contains("InsufficientExecutionStack", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\");", "System.IO.File")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\");", "System.Diagnostics")]
    [InlineData("var t = typeof(string).Assembly;", "System.Reflection")]
    [InlineData("System.Environment.Exit(1);", "System.Environment")]
    [InlineData("#r \"System.Net.Http\"\nvar x = 1;", "#r")]
    public void Script_reaching_outside_the_table_is_refused_at_its_line(string script, string named)
    {
        using var pack = new TempPack().ScriptRule("reach", "var ok = 1;\n" + script);

        var error = Assert.Throws<ConfigurationException>(() => pack.Build(new HashSet<string> { "reach" }));

        Assert.Contains("reach.csx(2,", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_error_points_at_the_script_line()
    {
        using var pack = new TempPack().ScriptRule("broken", "var a = 1;\nvar b = a +;\n");

        var error = Assert.Throws<ConfigurationException>(() => pack.Build(new HashSet<string> { "broken" }));

        Assert.Contains("broken.csx(2,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_inside_the_submissions_is_refused_unless_allowed()
    {
        using var pack = new TempPack().ScriptRule("echo-names", NameEcho);

        var refused = pack.Build(new HashSet<string> { "echo-names" }, inputs: [pack.Root]);
        var allowed = pack.Build(new HashSet<string> { "echo-names" }, inputs: [pack.Root], allowInputCode: true);

        Assert.DoesNotContain(refused.Rules, r => r.Enabled);
        var finding = Assert.Single(refused.ConfigFindings);
        Assert.Equal("untrusted-config", finding.RuleId);
        Assert.Contains("--allow-input-code", finding.Message, StringComparison.Ordinal);
        Assert.IsType<ScriptCheck>(Assert.Single(allowed.Rules, r => r.Enabled).Rule.Check);
    }
}
