using System.Text;
using GoalLint.Check.Packs;
using GoalLint.Cli;
using GoalLint.Report;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// Outputs are written whole or not at all, each on its own: one that cannot be written (bad
/// path, failing template) is named, the others are still written, the previous file survives,
/// and the exit code says what failed.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class OutputWritingTests : IDisposable
{
    private static readonly string Example = Repo.InRepo("examples", "guangdong-goals-2023.tsv");

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_report_that_cannot_be_written_is_named_and_the_others_are_written()
    {
        var blocker = _dir.Write("not-a-folder", "a file where a folder should be");
        var bad = Path.Combine(blocker, "report.sarif");
        var good = _dir.PathOf("out/findings.json");

        var (code, _, stderr) = CliRun.Run("lint", Example, "--no-config", "--fail-on", "none", "--format", "text", "--report", $"sarif={bad}", "--report", $"json={good}");

        Assert.Equal(ExitCodes.OutputError, code);
        Assert.Contains($"the sarif report {bad} could not be written", stderr, StringComparison.Ordinal);
        Assert.StartsWith("{", File.ReadAllText(good), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_template_keeps_the_previous_report_and_the_outputs_after_it()
    {
        var template = _dir.Write("bad.scriban", "# ok\n{{ for t in files }}\n{{ t.path\n");
        var previous = _dir.Write("out/summary.md", "previous report\n");
        var after = _dir.PathOf("out/findings.json");

        var (code, _, _) = CliRun.Run("lint", Example, "--no-config", "--fail-on", "none", "--template", $"markdown={template}",
            "--report", $"markdown={previous}", "--report", $"json={after}");

        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Equal("previous report\n", File.ReadAllText(previous));
        Assert.True(File.Exists(after));
        Assert.Equal(["findings.json", "summary.md"], Directory.GetFiles(_dir.PathOf("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A link or an empty target is written where it is, not renamed over: a link stays a link (as
    /// <c>/dev/stdout</c> must), and <c>--output /dev/null</c> once replaced the device with a plain file.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("previous report")]
    public void A_link_is_written_through(string previous)
    {
        var real = _dir.Write("real.json", previous);
        var link = _dir.PathOf("link.json");
        File.CreateSymbolicLink(link, real);

        var (code, _, _) = CliRun.Run("lint", Example, "--no-config", "--fail-on", "none", "--format", "json", "--output", link);

        Assert.Equal(0, code);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(real), StringComparison.Ordinal);
        Assert.Equal(["link.json", "real.json"], Directory.GetFileSystemEntries(_dir.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>JSON and SARIF stream to the file; what they write is what they render, however the bytes are cut.</summary>
    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Streamed_reports_equal_the_rendered_ones(string format)
    {
        var file = _dir.PathOf("report." + format);

        CliRun.Run("lint", Example, "--no-config", "--fail-on", "none", "--format", format, "--output", file);

        var result = LintPipeline.Lint([Example], RuleSetBuilder.Build(new RuleSetOptions()));
        Assert.Equal(ReportFormats.All[format].Render(result) + "\n", File.ReadAllText(file));
    }

    [Fact]
    public void Hostile_characters_split_between_writes_are_still_escaped()
    {
        var json = Encoding.UTF8.GetBytes("\"a\u202Eb\u200Bc\u061Cd中\"");
        using var sink = new MemoryStream();
        var inert = new InertJsonStream(sink);
        foreach (var b in json)
        {
            inert.Write([b]);
        }

        inert.Flush();

        Assert.Equal(InertText.JsonEscaped("\"a\u202Eb\u200Bc\u061Cd中\""), Encoding.UTF8.GetString(sink.ToArray()));
    }
}
