using GoalLint.Cli;

namespace GoalLint.Tests.Report;

/// <summary>
/// <c>goallint lint</c> end to end, in process: exit codes for each gate outcome, extra reports,
/// templates and baselines. Most runs read a file no reader recognises, which the core pack
/// reports as a structure error (a finding that does not depend on any layout reader); the gate
/// levels are tested on a small table with warnings only.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CliGateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-cli-").FullName;

    public CliGateTests() => File.WriteAllText(Input, "这不是一张绩效目标表。\n只有两行文字。\n");

    private string Input => Path.Combine(_dir, "note.txt");

    private string WarningsOnly()
    {
        var path = Path.Combine(_dir, "warnings.txt");
        File.WriteAllText(path, CliRun.WarningsOnlyTable);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(ExitCodes.FindingsOverThreshold, "--fail-on", "info")]
    [InlineData(ExitCodes.Clean, "--fail-on", "none")]
    [InlineData(ExitCodes.UsageError, "--report", "nonsense=out.x")]
    [InlineData(ExitCodes.UsageError, "--report", "out.unknown")]
    [InlineData(ExitCodes.UsageError, "--template", "/no/such/template.scriban")]
    public void Exit_code(int expected, params string[] options)
    {
        Assert.Equal(expected, CliRun.Run(["lint", Input, "--no-config", .. options]).Code);
    }

    /// <summary>The gate over a table with warnings and no errors: each --fail-on level and --max-warnings, and the usage errors of both.</summary>
    [Theory]
    [InlineData(ExitCodes.Clean)]
    [InlineData(ExitCodes.Clean, "--fail-on", "error")]
    [InlineData(ExitCodes.FindingsOverThreshold, "--fail-on", "warning")]
    [InlineData(ExitCodes.FindingsOverThreshold, "--fail-on", "info")]
    [InlineData(ExitCodes.Clean, "--fail-on", "none")]
    [InlineData(ExitCodes.FindingsOverThreshold, "--fail-on", "none", "--max-warnings", "0")]
    [InlineData(ExitCodes.Clean, "--fail-on", "none", "--max-warnings", "1000")]
    [InlineData(ExitCodes.FindingsOverThreshold, "--max-warnings", "0")]
    [InlineData(ExitCodes.UsageError, "--fail-on", "never")]
    [InlineData(ExitCodes.UsageError, "--max-warnings", "-1")]
    [InlineData(ExitCodes.UsageError, "--max-warnings", "many")]
    [InlineData(ExitCodes.UsageError, "--no-such-option")]
    [InlineData(ExitCodes.ConfigurationError, "--profile", "atlantis")]
    public void Gate_on_warnings(int expected, params string[] options)
    {
        var (code, stdout, _) = CliRun.Run(["lint", WarningsOnly(), "--no-config", .. options]);
        Assert.Equal(expected, code);
        if (code is ExitCodes.Clean or ExitCodes.FindingsOverThreshold)
        {
            Assert.Matches(@"1 files, 1 tables: 0 errors, [1-9]\d* warnings", stdout);
        }
    }

    [Theory]
    [InlineData("fail-on: warning", ExitCodes.FindingsOverThreshold)]
    [InlineData("fail-on: none\nmax-warnings: 0", ExitCodes.FindingsOverThreshold)]
    [InlineData("fail-on: none", ExitCodes.Clean)]
    [InlineData("fail-on: never", ExitCodes.ConfigurationError)]
    public void Config_sets_the_gate(string yaml, int expected)
    {
        var config = Path.Combine(_dir, "gate.yaml");
        File.WriteAllText(config, yaml + "\n");
        Assert.Equal(expected, CliRun.Run(["lint", WarningsOnly(), "--config", config]).Code);
    }

    [Fact]
    public void Command_line_gate_wins_over_the_config()
    {
        var config = Path.Combine(_dir, "gate.yaml");
        File.WriteAllText(config, "fail-on: warning\n");
        Assert.Equal(ExitCodes.Clean, CliRun.Run(["lint", WarningsOnly(), "--config", config, "--fail-on", "none"]).Code);
    }

    [Fact]
    public void Timing_goes_to_standard_error_only()
    {
        var (code, stdout, error) = CliRun.Run(["lint", WarningsOnly(), "--no-config", "--timing"]);
        Assert.Equal(ExitCodes.Clean, code);
        Assert.Matches(@"^Rule +\| Time \(ms\) \| Relative \| Calls \| Findings", error);
        Assert.Equal(GoalLint.Report.Text.TimingTable.DefaultRows, System.Text.RegularExpressions.Regex.Count(error, @"(?m)^[a-z0-9-]+ +\| +\d+\.\d{3} \| +\d+\.\d%"));
        Assert.Matches(@"\n\d+ rules, [\d.]+ ms in rules", error);
        Assert.DoesNotContain("Time (ms)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_timing_standard_error_stays_empty()
    {
        var (_, _, error) = CliRun.Run(["lint", WarningsOnly(), "--no-config"]);
        Assert.Equal("", error);
    }

    [Fact]
    public void Github_format_annotates_with_paths_relative_to_the_checkout()
    {
        var (code, stdout, _) = CliRun.Run(["lint", WarningsOnly(), "--no-config", "--format", "github"]);
        Assert.Equal(ExitCodes.Clean, code);
        var expectedFile = GoalLint.Report.RepoPath.Relative(WarningsOnly());
        Assert.All(stdout.TrimEnd().Split('\n'), line => Assert.StartsWith($"::warning file={expectedFile},line=", line, StringComparison.Ordinal));
        Assert.Contains(",title=vague-value::", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("lint")]
    [InlineData("no-such-command")]
    [InlineData("baseline", "--output")]
    public void Incomplete_command_line_is_a_usage_error(params string[] args) =>
        Assert.Equal(ExitCodes.UsageError, CliRun.Run(args).Code);

    [Fact]
    public void Help_is_not_an_error() => Assert.Equal(ExitCodes.Clean, CliRun.Run("lint", "--help").Code);

    [Fact]
    public void Missing_input_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, CliRun.Run(["lint", Path.Combine(_dir, "absent.txt"), "--no-config"]).Code);

    [Fact]
    public void Broken_template_is_a_located_configuration_error()
    {
        var template = Path.Combine(_dir, "bad.scriban");
        File.WriteAllText(template, "# ok\n{{ for t in files }}\n{{ t.path\n");
        var (code, _, error) = CliRun.Run(["lint", Input, "--no-config", "--format", "markdown", "--template", template, "--fail-on", "none"]);
        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Contains($"{template}(3,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_run_writes_every_report()
    {
        string At(string name) => Path.Combine(_dir, name);
        var (code, stdout, _) = CliRun.Run(["lint", Input, "--no-config", "--format", "json", "--fail-on", "none",
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
        Assert.Equal(ExitCodes.FindingsOverThreshold, CliRun.Run(["lint", Input, "--no-config", "--fail-on", "info", "--write-baseline", baseline]).Code);
        var (code, stdout, _) = CliRun.Run(["lint", Input, "--no-config", "--fail-on", "info", "--baseline", baseline, "--format", "markdown"]);
        Assert.Equal(ExitCodes.Clean, code);
        Assert.Matches(@"\| 0 \| 0 \| 0 \| 0 \| [1-9]\d* \|", stdout);
    }

    [Fact]
    public void Unreadable_baseline_is_a_configuration_error()
    {
        var baseline = Path.Combine(_dir, "baseline.json");
        File.WriteAllText(baseline, "{ not json");
        Assert.Equal(ExitCodes.ConfigurationError, CliRun.Run(["lint", Input, "--no-config", "--baseline", baseline]).Code);
    }

    [Theory]
    [InlineData("2099-12-31", ExitCodes.Clean)]
    [InlineData("2000-01-01", ExitCodes.FindingsOverThreshold)]
    public void Waiver_takes_a_finding_out_of_the_gate_until_it_expires(string expires, int expected)
    {
        var baseline = Path.Combine(_dir, "baseline.json");
        CliRun.Run(["lint", Input, "--no-config", "--write-baseline", baseline]);
        var fingerprint = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(baseline))!["findings"]![0]!["fingerprint"]!.GetValue<string>();
        var waivers = Path.Combine(_dir, "waivers.json");
        File.WriteAllText(waivers, $$"""{ "schemaVersion": "1.0", "waivers": [ { "fingerprint": "{{fingerprint}}", "justification": "说明文件，不是绩效表", "approvedBy": "审核人", "expires": "{{expires}}" } ] }""");
        var (code, stdout, _) = CliRun.Run(["lint", Input, "--no-config", "--fail-on", "info", "--waivers", waivers, "--format", "markdown"]);
        Assert.Equal(expected, code);
        Assert.Contains("note.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiver_without_justification_is_a_configuration_error()
    {
        var waivers = Path.Combine(_dir, "waivers.json");
        File.WriteAllText(waivers, """{ "schemaVersion": "1.0", "waivers": [ { "fingerprint": "abc", "approvedBy": "x", "expires": "2099-01-01" } ] }""");
        var (code, _, error) = CliRun.Run(["lint", Input, "--no-config", "--waivers", waivers]);
        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Contains("waivers[0]: justification is required", error, StringComparison.Ordinal);
    }
}
