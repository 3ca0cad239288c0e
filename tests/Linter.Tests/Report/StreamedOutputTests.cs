using GoalLint.Check.Packs;
using GoalLint.Report;

namespace GoalLint.Tests.Report;

/// <summary>
/// <c>goallint lint</c> writes its reports from the run's findings read back from disk as it
/// writes; each format's file is byte for byte what the format renders from the same findings
/// held in memory.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class StreamedOutputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Each format with the gate its plain <c>Render</c> assumes: JUnit fails cases on errors, SARIF records a clean exit.</summary>
    [Theory]
    [InlineData("json", "none")]
    [InlineData("sarif", "none")]
    [InlineData("text", "none")]
    [InlineData("junit", "error")]
    [InlineData("github", "none")]
    [InlineData("markdown", "none")]
    public void A_streamed_report_is_the_report_of_the_findings_in_memory(string format, string failOn)
    {
        var files = Directory.GetFiles(Repo.InRepo("examples")).Order(StringComparer.Ordinal).ToArray();
        var output = _dir.PathOf("out." + format);

        CliRun.Run(["lint", .. files, "--no-config", "--fail-on", failOn, "--format", format, "--output", output]);

        var inMemory = LintPipeline.Lint(files, RuleSetBuilder.Build(new RuleSetOptions()));
        Assert.NotEmpty(inMemory.Findings);
        Assert.Equal(ReportFormats.All[format].Render(inMemory) + "\n", File.ReadAllText(output));
    }
}
