using GoalLint.Check.Yaml;
using GoalLint.Cli;
using GoalLint.Report.Templates;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// Report templates that loop. A single endless loop is covered by <see cref="TemplateErrorTests"/>;
/// here loops nested inside each other, each well under the loop limit but together 100 million
/// steps, and the same template given on the command line.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class HostileTemplateTests : IDisposable
{
    private const string Nested = "# 报告\n{{ for i in 1..10000 }}{{ for j in 1..10000 }}{{ end }}{{ end }}";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("goallint-template-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Nested_loops_are_stopped_at_the_loop_that_passes_the_limit()
    {
        var error = Assert.Throws<ConfigurationException>(() => TemplateRenderer.RenderSource(Nested, "nested.scriban", ReportViewBuilder.Build(ReportSample.Create())));

        var located = Assert.Single(error.Errors);
        Assert.Equal(("nested.scriban", 2), (located.File, located.Line));
        Assert.Contains("iteration limit", located.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_looping_template_given_on_the_command_line_fails_its_report_after_the_run_and_the_other_output()
    {
        var input = Path.Combine(_dir.FullName, "note.txt");
        var template = Path.Combine(_dir.FullName, "loop.scriban");
        File.WriteAllText(input, "这不是一张绩效目标表。\n");
        File.WriteAllText(template, Nested);
        var (code, stdout, stderr) = CliRun.Run("lint", input, "--no-config", "--fail-on", "none", "--report", "markdown=" + Path.Combine(_dir.FullName, "r.md"), "--template", template);

        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Contains("note.txt", stdout, StringComparison.Ordinal);
        Assert.Contains($"{template}(2,", stderr, StringComparison.Ordinal);
    }
}
