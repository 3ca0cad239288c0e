using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GoalLint.Cli;

namespace GoalLint.Tests.Report;

/// <summary>
/// <c>goallint baseline</c> then <c>goallint lint --baseline</c>, end to end on a corpus file
/// copied to a temporary folder: moving a table within the file brings no new findings, adding
/// one brings exactly its own.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class BaselineCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-baseline-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Submission => Path.Combine(_dir, "goals.txt");

    private string Baseline => Path.Combine(_dir, "baseline.json");

    [Fact]
    public void Moving_a_table_within_a_file_reports_zero_new_findings()
    {
        var (preamble, tables) = SplitTables(File.ReadAllText(Repo.CorpusFile("dongguan-tgao-2023-goals.txt")));
        File.WriteAllText(Submission, preamble + string.Concat(tables));
        var (code, _, error) = CliRun.Run("baseline", Submission, "--no-config", "--output", Baseline);
        Assert.Equal(ExitCodes.Clean, code);
        var recorded = JsonNode.Parse(File.ReadAllText(Baseline))!["findings"]!.AsArray().Count;
        Assert.True(recorded > 10, $"only {recorded} findings recorded");
        Assert.Contains($"{recorded} findings recorded", error, StringComparison.Ordinal);

        File.WriteAllText(Submission, preamble + string.Concat(tables.Skip(1)) + tables[0]);
        var moved = Findings(CliRun.Run("lint", Submission, "--no-config", "--format", "json", "--fail-on", "none").Out);
        Assert.True(moved.Count >= recorded, "the moved file lost findings");
        Assert.NotEqual(Findings(LintOriginal(preamble, tables)).Select(Line), moved.Select(Line));

        var (gated, stdout, _) = CliRun.Run("lint", Submission, "--no-config", "--format", "json", "--fail-on", "info", "--baseline", Baseline);
        Assert.Equal(ExitCodes.Clean, gated);
        Assert.Empty(Findings(stdout));
    }

    [Fact]
    public void A_new_table_brings_only_its_own_findings()
    {
        File.WriteAllText(Submission, File.ReadAllText(Repo.CorpusFile("dongguan-tgao-2023-goals.txt")));
        Assert.Equal(ExitCodes.Clean, CliRun.Run("baseline", Submission, "--no-config", "-o", Baseline).Code);
        File.AppendAllText(Submission, "\n" + CliRun.WarningsOnlyTable);

        var (code, stdout, _) = CliRun.Run("lint", Submission, "--no-config", "--format", "json", "--fail-on", "warning", "--baseline", Baseline);

        Assert.Equal(ExitCodes.FindingsOverThreshold, code);
        var fresh = Findings(stdout);
        Assert.NotEmpty(fresh);
        Assert.All(fresh, f => Assert.Equal("vague-value", (string?)f["ruleId"]));
    }

    [Fact]
    public void Output_is_required() =>
        Assert.Equal(ExitCodes.UsageError, CliRun.Run("baseline", Repo.CorpusFile("dongguan-tgao-2023-goals.txt"), "--no-config").Code);

    [Fact]
    public void Unknown_profile_is_a_configuration_error() =>
        Assert.Equal(ExitCodes.ConfigurationError, CliRun.Run("baseline", Repo.CorpusFile("dongguan-tgao-2023-goals.txt"), "--no-config", "--profile", "atlantis", "-o", Baseline).Code);

    private string LintOriginal(string preamble, IReadOnlyList<string> tables)
    {
        var original = Path.Combine(_dir, "original", "goals.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(original)!);
        File.WriteAllText(original, preamble + string.Concat(tables));
        return CliRun.Run("lint", original, "--no-config", "--format", "json", "--fail-on", "none").Out;
    }

    /// <summary>The findings the gate counts: the JSON also lists baselined ones, marked as such.</summary>
    private static List<JsonNode> Findings(string json) => JsonNode.Parse(json)!["findings"]!.AsArray().Select(f => f!).Where(f => (string?)f["state"] == "new").ToList();

    private static int Line(JsonNode finding) => (int)finding["at"]!["line"]!;

    /// <summary>The text before the first table, and each table from its 项目绩效目标表 heading to the next.</summary>
    private static (string Preamble, List<string> Tables) SplitTables(string text)
    {
        var starts = TableHeading().Matches(text).Select(m => m.Index).ToList();
        Assert.True(starts.Count > 2, "expected several tables");
        var tables = starts.Select((s, i) => text[s..(i + 1 < starts.Count ? starts[i + 1] : text.Length)]).ToList();
        tables[^1] = tables[^1].TrimEnd('\n') + "\n\n";
        return (text[..starts[0]], tables);
    }

    [GeneratedRegex("^#+ 项目绩效目标表", RegexOptions.Multiline)]
    private static partial Regex TableHeading();
}
