using GoalLint.Cli;

namespace GoalLint.Tests.Report;

/// <summary>Console is process-wide: the CLI tests run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>
/// <c>goallint lint</c> end to end, in process: exit codes for each gate outcome, extra reports,
/// templates and baselines. The input is a file no reader recognises, which the core pack
/// reports as a structure error: a finding that does not depend on any layout reader.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CliGateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-cli-").FullName;

    public CliGateTests() => File.WriteAllText(Input, "这不是一张绩效目标表。\n只有两行文字。\n");

    private string Input => Path.Combine(_dir, "note.txt");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(ExitCodes.FindingsOverThreshold, "--fail-on", "info")]
    [InlineData(ExitCodes.Clean, "--fail-on", "none")]
    [InlineData(ExitCodes.UsageError, "--report", "nonsense=out.x")]
    [InlineData(ExitCodes.UsageError, "--report", "out.unknown")]
    [InlineData(ExitCodes.UsageError, "--template", "/no/such/template.scriban")]
    public void Exit_code(int expected, params string[] options)
    {
        Assert.Equal(expected, Run([Input, "--no-config", .. options]).Code);
    }

    [Fact]
    public void Missing_input_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, Run([Path.Combine(_dir, "absent.txt"), "--no-config"]).Code);

    [Fact]
    public void Broken_template_is_a_located_configuration_error()
    {
        var template = Path.Combine(_dir, "bad.scriban");
        File.WriteAllText(template, "# ok\n{{ for t in files }}\n{{ t.path\n");
        var (code, _, error) = Run([Input, "--no-config", "--format", "markdown", "--template", template, "--fail-on", "none"]);
        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Contains($"{template}(3,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_run_writes_every_report()
    {
        string At(string name) => Path.Combine(_dir, name);
        var (code, stdout, _) = Run([Input, "--no-config", "--format", "json", "--fail-on", "none",
            "--report", "sarif=" + At("r.sarif"), "--report", At("r.md"), "--report", "junit=" + At("r.xml"), "--report", "html=" + At("r.html")]);
        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("\"schemaVersion\"", stdout, StringComparison.Ordinal);
        Assert.All(new[] { "r.sarif", "r.md", "r.xml", "r.html" }, f => Assert.True(new FileInfo(Path.Combine(_dir, f)).Length > 100, f));
        Assert.Contains("note.txt", File.ReadAllText(Path.Combine(_dir, "r.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_round_trip_clears_the_gate_and_counts_what_it_left_out()
    {
        var baseline = Path.Combine(_dir, "baseline.json");
        Assert.Equal(ExitCodes.FindingsOverThreshold, Run([Input, "--no-config", "--fail-on", "info", "--write-baseline", baseline]).Code);
        var (code, stdout, _) = Run([Input, "--no-config", "--fail-on", "info", "--baseline", baseline, "--format", "markdown"]);
        Assert.Equal(ExitCodes.Clean, code);
        Assert.Matches(@"\| 0 \| 0 \| 0 \| 0 \| [1-9]\d* \|", stdout);
    }

    [Fact]
    public void Unreadable_baseline_is_a_configuration_error()
    {
        var baseline = Path.Combine(_dir, "baseline.json");
        File.WriteAllText(baseline, "{ not json");
        Assert.Equal(ExitCodes.ConfigurationError, Run([Input, "--no-config", "--baseline", baseline]).Code);
    }

    [Theory]
    [InlineData("2099-12-31", ExitCodes.Clean)]
    [InlineData("2000-01-01", ExitCodes.FindingsOverThreshold)]
    public void Waiver_takes_a_finding_out_of_the_gate_until_it_expires(string expires, int expected)
    {
        var baseline = Path.Combine(_dir, "baseline.json");
        Run([Input, "--no-config", "--write-baseline", baseline]);
        var fingerprint = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(baseline))!["findings"]![0]!["fingerprint"]!.GetValue<string>();
        var waivers = Path.Combine(_dir, "waivers.json");
        File.WriteAllText(waivers, $$"""{ "schemaVersion": "1.0", "waivers": [ { "fingerprint": "{{fingerprint}}", "justification": "说明文件，不是绩效表", "approvedBy": "审核人", "expires": "{{expires}}" } ] }""");
        var (code, stdout, _) = Run([Input, "--no-config", "--fail-on", "info", "--waivers", waivers, "--format", "markdown"]);
        Assert.Equal(expected, code);
        Assert.Contains("note.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiver_without_justification_is_a_configuration_error()
    {
        var waivers = Path.Combine(_dir, "waivers.json");
        File.WriteAllText(waivers, """{ "schemaVersion": "1.0", "waivers": [ { "fingerprint": "abc", "approvedBy": "x", "expires": "2099-01-01" } ] }""");
        var (code, _, error) = Run([Input, "--no-config", "--waivers", waivers]);
        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Contains("waivers[0]: justification is required", error, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Error) Run(string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = GoalLintCommand.Create().Parse(["lint", .. args]).Invoke();
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
