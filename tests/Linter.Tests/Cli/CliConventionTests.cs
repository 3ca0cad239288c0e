using GoalLint.Shared.Json;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GoalLint.Check.Packs;
using GoalLint.Cli;
using GoalLint.Report;
using GoalLint.Report.Json;
using GoalLint.Tests.Json;
using GoalLint.Tests.Report;
using YamlDotNet.Serialization;

namespace GoalLint.Tests.Cli;

/// <summary>Conventions the CLI table cannot show in one line: standard input, colour rules, config discovery, the cache, YAML output.</summary>
public sealed class CliConventionTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A command line that names a command first is parsed with that command alone: the name it is found by is the command's own.</summary>
    [Fact]
    public void Each_command_built_alone_is_the_one_its_name_invokes()
    {
        Assert.Equal(GoalLintCommand.Commands.Select(c => c.Name), GoalLintCommand.Create().Subcommands.Select(c => c.Name));
        Assert.All(GoalLintCommand.Commands, c => Assert.Equal(c.Name, Assert.Single(GoalLintCommand.Create(c.Name).Subcommands).Name));
    }

    /// <summary>The built tool as a child process, the table piped in: reports name it by --stdin-filename.</summary>
    [Fact]
    public async Task Dash_reads_the_table_from_standard_input()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir.Root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "goallint.dll"), "lint", "-", "--stdin-filename", "tables/piped.txt", "--no-config" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(CliRun.WarningsOnlyTable);
        process.StandardInput.Close();
        var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();

        Assert.Equal(ExitCodes.Clean, process.ExitCode);
        Assert.Equal("", await stderr);
        Assert.StartsWith("tables/piped.txt(", await stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, false, null, null, "xterm", true)]
    [InlineData(false, false, true, null, null, "xterm", false)]
    [InlineData(false, false, false, "1", null, "xterm", false)]
    [InlineData(false, false, false, null, null, "dumb", false)]
    [InlineData(false, false, true, null, "1", "xterm", true)]
    [InlineData(true, false, true, "1", null, "dumb", true)]
    [InlineData(true, true, false, null, null, "xterm", false)]
    public void Colour_follows_the_flags_then_NO_COLOR_then_the_terminal(bool color, bool noColor, bool redirected, string? noColorVariable, string? forceColor, string term, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColorVariable, ["FORCE_COLOR"] = forceColor, ["TERM"] = term };
        Assert.Equal(expected, Colour.Decide(color, noColor, redirected, name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Config_is_found_in_a_parent_folder()
    {
        var config = _dir.Write("repo/.goallint.yaml", "fail-on: warning\n");
        Directory.CreateDirectory(_dir.PathOf("repo/tables/2024"));

        Assert.Equal(config, ConfigDiscovery.Find(_dir.PathOf("repo/tables/2024")));
        Assert.Equal(config, ConfigDiscovery.Find(_dir.PathOf("repo")));
    }

    [Fact]
    public void Cache_serves_an_unchanged_file_and_drops_a_changed_one_or_another_rule_set()
    {
        var table = _dir.Write("a.txt", CliRun.WarningsOnlyTable);
        var cacheFile = _dir.PathOf(LintCache.DefaultFileName);
        var core = RuleSetBuilder.Build(new RuleSetOptions());
        var inputs = new Inputs([table], null, null);

        var cold = LintCache.Open(cacheFile, core);
        var first = cold.Read([table], inputs.Display);
        cold.Save();
        var warm = LintCache.Open(cacheFile, core);
        var second = warm.Read([table], inputs.Display);

        Assert.Equal((0, 1), (cold.Hits, warm.Hits));
        Assert.Equal(NormalisedJson.Serialize(first), NormalisedJson.Serialize(second));

        var profiled = LintCache.Open(cacheFile, RuleSetBuilder.Build(new RuleSetOptions { Profile = "dongguan" }));
        profiled.Read([table], inputs.Display);
        Assert.Equal(0, profiled.Hits);

        File.AppendAllText(table, "\n");
        var changed = LintCache.Open(cacheFile, core);
        changed.Read([table], inputs.Display);
        Assert.Equal(0, changed.Hits);
    }

    [Fact]
    public void Cache_written_by_another_build_is_not_trusted()
    {
        var table = _dir.Write("a.txt", CliRun.WarningsOnlyTable);
        var cacheFile = _dir.PathOf(LintCache.DefaultFileName);
        var core = RuleSetBuilder.Build(new RuleSetOptions());
        var cache = LintCache.Open(cacheFile, core);
        cache.Read([table], f => f);
        cache.Save();
        var other = JsonNode.Parse(File.ReadAllText(cacheFile))!;
        other["key"] = "written-by-goallint-0.0.1";
        File.WriteAllText(cacheFile, other.ToJsonString());

        var reopened = LintCache.Open(cacheFile, core);
        reopened.Read([table], f => f);

        Assert.Equal(0, reopened.Hits);
    }

    /// <summary>normalize --format yaml read back by a YAML reader that types plain scalars gives the JSON output again, and passes its schema.</summary>
    [Theory]
    [MemberData(nameof(OutputValidationTests.ExampleFiles), MemberType = typeof(OutputValidationTests))]
    public async Task Yaml_output_round_trips_through_the_schema(string file)
    {
        var documents = LintPipeline.Read([Repo.InRepo("examples", file)], _ => "examples/" + file);
        var fromJson = JsonNode.Parse(NormalisedJson.Serialize(documents));
        var yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(YamlOut.Serialize(NormalisedOutput.For(documents)));
        var fromYaml = ToJson(yaml);

        Assert.Equal(Canonical(fromJson), Canonical(fromYaml));
        var errors = (await SchemaFiles.Parse("normalized")).Validate(fromYaml!.ToJsonString());
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        IDictionary<object, object> map => new JsonObject(map.Select(p => KeyValuePair.Create((string)p.Key, ToJson(p.Value)))),
        IList<object> list => new JsonArray([.. list.Select(ToJson)]),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        null => null,
        _ => JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>The JSON text with every number written the same way, so 15 and 15.0 compare equal and "15.00" (a string) does not.</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject map => "{" + string.Join(",", map.Select(p => $"\"{p.Key}\":{Canonical(p.Value)}")) + "}",
        JsonArray list => "[" + string.Join(",", list.Select(Canonical)) + "]",
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => value.GetValue<decimal>().ToString("0.############################", CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };
}
