using System.Text.Json.Nodes;
using GoalLint.Cli;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Cli;

/// <summary>
/// The command line as an ESLint, Ruff or Semgrep user meets it, one row per case: the command
/// line, the exit code, and the first line it prints on standard output (out) or standard error
/// (err). {dir} is a folder holding a table with warnings (warnings.txt), notes without a table
/// (说明.md), broken configs and waiver files.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CliTable : IDisposable
{
    private readonly TempFolder _dir = new();

    public CliTable()
    {
        _dir.Write("warnings.txt", CliRun.WarningsOnlyTable);
        _dir.Write("说明.md", "# 说明\n\n本文件说明部门整体绩效目标的填报口径。\n\n部门整体绩效目标分三部分填写。\n\n部门整体绩效目标表见附件。\n");
        _dir.Write("typo-key.yaml", "exlude: [README.md]\n");
        _dir.Write("exclude-string.yaml", "exclude: README.md\n");
        _dir.Write("fail-on.yaml", "fail-on: never\n");
        _dir.Write("not-a-mapping.yaml", "dongguan\n");
        _dir.Write("rules-list.yaml", "rules: [vague-value]\n");
        _dir.Write("exclude-map.yaml", "exclude:\n  README.md: true\n");
        _dir.Write("max-warnings.yaml", "max-warnings: many\n");
        _dir.Write("severity.yaml", "rules:\n  vague-value:\n    severity: warn\n");
        var (_, json, _) = CliRun.Run("lint", _dir.PathOf("warnings.txt"), "--no-config", "--format", "json");
        var fingerprint = (string)JsonNode.Parse(json)!["findings"]![0]!["fingerprint"]!;
        Waivers("waivers-dmy.json", fingerprint, "31/12/2099");
        Waivers("waivers-cjk.json", fingerprint, "2099年12月31日");
        Waivers("waivers-bad-date.json", fingerprint, "2099-13-45");
        Waivers("waivers-ambiguous.json", fingerprint, "03/04/2099");
        Waivers("waivers-expired.json", fingerprint, "2000-01-01");
        Waivers("waivers-unused.json", "0000", "2099-12-31");
    }

    public static TheoryData<string, int, string, string> Cases => new()
    {
        { "--version", ExitCodes.Clean, "out", @"^goallint \d+\.\d+\.\d+$" },
        { "lint --version", ExitCodes.Clean, "out", @"^goallint \d+\.\d+\.\d+$" },
        { "", ExitCodes.UsageError, "err", "^goallint: give a command: lint, baseline, rules, normalize, schema$" },
        { "lint", ExitCodes.UsageError, "err", "^goallint lint: give at least one file or folder to check, or '-' to read standard input$" },
        { "lint {dir}/warnings.txt --bogus", ExitCodes.UsageError, "err", "^goallint lint: unknown option '--bogus'$" },
        { "lint {dir}/warnings.txt -x", ExitCodes.UsageError, "err", "^goallint lint: unknown option '-x'$" },
        { "lint {dir}/warnings.txt --exlcude x", ExitCodes.UsageError, "err", @"^goallint lint: unknown option '--exlcude' \(did you mean '--exclude'\?\)$" },
        { "lint {dir}/warnings.txt --fail-on never", ExitCodes.UsageError, "err", "^goallint lint: --fail-on 'never': expected one of error, warning, info, none" },
        { "lint {dir}/warnings.txt --format jsn", ExitCodes.UsageError, "err", @"^goallint lint: --format 'jsn': expected one of .*\(did you mean 'json'\?\)$" },
        { "lint {dir}/warnings.txt --max-warnings many", ExitCodes.UsageError, "err", "^goallint lint: --max-warnings 'many': expected a whole number$" },
        { "lint {dir}/warnings.txt --report-unused-waivers sometimes", ExitCodes.UsageError, "err", "^goallint lint: --report-unused-waivers 'sometimes': expected one of off, warn, error$" },
        { "lint {dir}/absent.txt --no-config", ExitCodes.UsageError, "err", "^goallint: no such file or folder: .*absent.txt$" },
        { "rules lst", ExitCodes.UsageError, "err", @"^goallint rules: unknown command 'lst': expected one of list, explain, test \(did you mean 'list'\?\)$" },
        { "rules explain vage-value --no-config", ExitCodes.UsageError, "err", @"^goallint rules explain: no rule 'vage-value' \(did you mean 'vague-value'\?\)" },
        { "normalize {dir}/warnings.txt --format yml", ExitCodes.UsageError, "err", @"^goallint normalize: --format 'yml': expected one of json, yaml \(did you mean 'yaml'\?\)$" },
        { "schema finding", ExitCodes.UsageError, "err", @"^goallint schema: <name> 'finding': expected one of .*\(did you mean 'findings'\?\)$" },
        { "lint {dir}/warnings.txt --profile dongguang", ExitCodes.ConfigurationError, "err", @"^--profile: error: no such profile 'dongguang' \(did you mean 'dongguan'\?\)" },
        { "lint {dir}/warnings.txt --config {dir}/typo-key.yaml", ExitCodes.ConfigurationError, "err", @"typo-key.yaml\(1,1\): error: unknown key 'exlude' \(did you mean 'exclude'\?\); the keys allowed here are: baseline, " },
        { "lint {dir}/warnings.txt --config {dir}/exclude-string.yaml", ExitCodes.ConfigurationError, "err", @"exclude-string.yaml\(1,10\): error: exclude: expected a list: write \[item, item\] or one '- item' per line" },
        { "lint {dir}/warnings.txt --config {dir}/fail-on.yaml", ExitCodes.ConfigurationError, "err", @"fail-on.yaml\(1,10\): error: fail-on: 'never' is not one of: error, warning, info, none" },
        { "lint {dir}/warnings.txt --config {dir}/not-a-mapping.yaml", ExitCodes.ConfigurationError, "err", @"not-a-mapping.yaml\(1,1\): error: expected a mapping \(one 'key: value' per line\)$" },
        { "lint {dir}/warnings.txt --config {dir}/rules-list.yaml", ExitCodes.ConfigurationError, "err", @"rules-list.yaml\(1,8\): error: rules: expected a mapping \(one 'key: value' per line, indented\), found a list$" },
        { "lint {dir}/warnings.txt --config {dir}/exclude-map.yaml", ExitCodes.ConfigurationError, "err", @"exclude-map.yaml\(2,3\): error: exclude: expected a list, found a mapping" },
        { "lint {dir}/warnings.txt --config {dir}/max-warnings.yaml", ExitCodes.ConfigurationError, "err", @"max-warnings.yaml\(1,15\): error: max-warnings: 'many' is not a number; expected a whole number$" },
        { "lint {dir}/warnings.txt --config {dir}/severity.yaml", ExitCodes.ConfigurationError, "err", @"severity.yaml\(3,15\): error: severity: 'warn' is not one of: info, warning, error \(did you mean 'warning'\?\)$" },
        { "lint {dir}/warnings.txt --no-config", ExitCodes.Clean, "out", @"warnings.txt\(\d+,\d+\): warning vague-value: " },
        { "lint {dir}/warnings.txt --no-config --quiet", ExitCodes.Clean, "out", "^$" },
        { "lint {dir}/warnings.txt --no-config -q --fail-on warning", ExitCodes.FindingsOverThreshold, "out", @"warnings.txt\(\d+,\d+\): warning vague-value: " },
        { "lint {dir}/warnings.txt --no-config --color", ExitCodes.Clean, "out", @"warnings.txt\(\d+,\d+\): \u001b\[33mwarning\u001b\[0m \u001b\[2mvague-value\u001b\[0m: " },
        { "lint {dir}/warnings.txt --no-config --color --no-color", ExitCodes.Clean, "out", @"warnings.txt\(\d+,\d+\): warning vague-value: " },
        { "lint {dir}/说明.md --no-config --fail-on info", ExitCodes.FindingsOverThreshold, "out", @"说明.md\(1,1\): info no-table: " },
        { "lint {dir}/warnings.txt --no-config --fail-on warning --waivers {dir}/waivers-dmy.json", ExitCodes.Clean, "out", @"warnings.txt\(\d+,\d+\): waived vague-value: " },
        { "lint {dir}/warnings.txt --no-config --fail-on warning --waivers {dir}/waivers-cjk.json", ExitCodes.Clean, "out", @"warnings.txt\(\d+,\d+\): waived vague-value: " },
        { "lint {dir}/warnings.txt --no-config --waivers {dir}/waivers-bad-date.json", ExitCodes.ConfigurationError, "err", @"waivers-bad-date.json\(\d+,\d+\): error: waivers\[0\]\.expires: '2099-13-45' is not a day of the calendar; expected a date such as 2026-12-31" },
        { "lint {dir}/warnings.txt --no-config --waivers {dir}/waivers-ambiguous.json", ExitCodes.ConfigurationError, "err", @"error: waivers\[0\]\.expires: '03/04/2099' could be day/month or month/day; write it as 2099-04-03 or 2099-03-04" },
        { "lint {dir}/warnings.txt --no-config --fail-on warning --waivers {dir}/waivers-expired.json", ExitCodes.FindingsOverThreshold, "err", @"waivers-expired.json: warning: waivers\[0\] \(fingerprint \w+\) expired on 2000-01-01; its finding counts again" },
        { "lint {dir}/warnings.txt --no-config --waivers {dir}/waivers-unused.json", ExitCodes.Clean, "err", @"waivers-unused.json: warning: waivers\[0\] \(fingerprint 0000\) matches no finding of this run" },
        { "lint {dir}/warnings.txt --no-config --waivers {dir}/waivers-unused.json --report-unused-waivers error", ExitCodes.FindingsOverThreshold, "err", @"waivers-unused.json: error: waivers\[0\] \(fingerprint 0000\) matches no finding" },
        { "lint {dir}/warnings.txt --no-config --waivers {dir}/waivers-unused.json --report-unused-waivers off", ExitCodes.Clean, "err", "^$" },
        { "rules list --format json --no-config", ExitCodes.Clean, "out", @"^\[$" },
    };

    public void Dispose() => _dir.Dispose();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Command_line(string commandLine, int code, string stream, string firstLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Replace("{dir}", _dir.Root, StringComparison.Ordinal)).ToArray();
        var run = CliRun.Run(args);
        var text = stream == "out" ? run.Out : run.Error;
        Assert.True(code == run.Code, $"exit {run.Code}, expected {code}\nout: {run.Out}\nerr: {run.Error}");
        Assert.Matches(firstLine, text.Split('\n')[0].TrimEnd('\r'));
        Assert.DoesNotMatch(@"\b(System|GoalLint|YamlDotNet)\.[A-Z]", run.Error);
    }

    [Fact]
    public void Summary_line_counts_new_and_waived_findings_apart()
    {
        var (_, stdout, _) = CliRun.Run("lint", _dir.PathOf("warnings.txt"), "--no-config", "--waivers", _dir.PathOf("waivers-dmy.json"));

        Assert.Matches(@"\n1 files, 1 tables: 0 errors, (\d+) warnings, 0 info \(\1 new, 0 baselined, 1 waived\)$", stdout.TrimEnd());
    }

    [Fact]
    public void Json_findings_and_summary_carry_the_waived_state()
    {
        var (_, stdout, _) = CliRun.Run("lint", _dir.PathOf("warnings.txt"), "--no-config", "--format", "json", "--waivers", _dir.PathOf("waivers-dmy.json"));
        var output = JsonNode.Parse(stdout)!;

        var waived = output["findings"]!.AsArray().Single(f => (string?)f!["state"] == "waived")!;
        Assert.Equal("2099-12-31", (string?)waived["waiver"]!["expires"]);
        Assert.Equal(1, (int)output["summary"]!["waived"]!);
        Assert.Equal((int)output["summary"]!["new"]!, (int)output["summary"]!["warnings"]!);
        Assert.Equal((int)output["summary"]!["findings"]!, (int)output["summary"]!["new"]! + 1);
    }

    [Fact]
    public void A_run_that_fails_on_configuration_still_writes_its_sarif()
    {
        var sarif = _dir.PathOf("out/goallint.sarif");

        var (code, _, _) = CliRun.Run("lint", _dir.PathOf("warnings.txt"), "--config", _dir.PathOf("typo-key.yaml"), "--report", "sarif=" + sarif);

        Assert.Equal(ExitCodes.ConfigurationError, code);
        var invocation = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["invocations"]![0]!;
        Assert.False((bool)invocation["executionSuccessful"]!);
        var notification = invocation["toolConfigurationNotifications"]![0]!;
        Assert.Contains("unknown key 'exlude'", (string?)notification["message"]!["text"], StringComparison.Ordinal);
        Assert.Equal(1, (int)notification["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
    }

    /// <summary>GoalLint's own YAML output and notes that name a form hold no table: one info finding each, nothing per paragraph.</summary>
    [Fact]
    public void Text_without_a_table_is_one_no_table_finding()
    {
        var yaml = _dir.PathOf("hebei.yaml");
        CliRun.Run("normalize", Repo.InRepo("examples", "hebei-goals-2024.md"), "--format", "yaml", "--output", yaml);

        var (_, stdout, _) = CliRun.Run("lint", yaml, _dir.PathOf("说明.md"), "--no-config", "--format", "json");

        var findings = JsonNode.Parse(stdout)!["findings"]!.AsArray();
        Assert.Equal(["no-table", "no-table"], findings.Select(f => (string?)f!["ruleId"]));
        Assert.All(findings, f => Assert.Equal("info", (string?)f!["severity"]));
    }

    private void Waivers(string name, string fingerprint, string expires) => _dir.Write(name,
        $$"""{ "schemaVersion": "1.0", "waivers": [ { "fingerprint": "{{fingerprint}}", "justification": "口径已在附件说明", "approvedBy": "审核人", "expires": "{{expires}}" } ] }""");
}
