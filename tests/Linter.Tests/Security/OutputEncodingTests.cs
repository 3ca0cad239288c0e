using GoalLint.Report.Github;
using GoalLint.Report.Templates;
using GoalLint.Report.Text;
using GoalLint.Tests.Report;
using Markdig;

namespace GoalLint.Tests.Security;

/// <summary>
/// Text from a submission is encoded for every output that a machine reads as commands or
/// links: it cannot start a GitHub workflow command (in the annotations or in a text log), and a
/// URL or e-mail in a cell is not a live link in the Markdown report as GitHub renders it.
/// </summary>
public sealed class OutputEncodingTests
{
    private const string Hostile = "100%\n::error file=x::pwned\r\n::add-mask::secret,:: %0A";

    private static readonly GoalLint.Check.Engine.LintResult Result = Planted();

    private static GoalLint.Check.Engine.LintResult Planted()
    {
        var sample = ReportSample.Create();
        var planted = sample.Findings.Select(f => f with { File = "::warning::x,y%.txt", Message = Hostile, Suggestion = Hostile }).ToArray();
        return sample with { Findings = planted };
    }

    [Fact]
    public void Each_annotation_is_one_command_whatever_the_text()
    {
        var lines = new GithubFormat().Render(Result).Split('\n');

        Assert.Equal(Result.Findings.Count, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning|notice) file=%3A%3Awarning%3A%3Ax%2Cy%25\.txt(,line=\d+,col=\d+)?,title=[\w-]+::(\w+![A-Z]+\d+: )?100%25%0A::error file=x::pwned%0D%0A::add-mask::secret,:: %250A", l));
    }

    [Fact]
    public void No_line_of_the_text_output_starts_a_workflow_command()
    {
        var lines = new TextFormat().Render(Result).Split('\n');

        Assert.DoesNotContain(lines, l => l.TrimStart('\r').StartsWith("::", StringComparison.Ordinal));
        Assert.Equal(2 * Result.Findings.Count + 1, lines.Length);
    }

    [Theory]
    [InlineData("详见 https://evil.example/phish?x=1 。")]
    [InlineData("详见 http://evil.example 或 www.evil.example/x 。")]
    [InlineData("联系 someone@evil.example 。")]
    [InlineData("ftp://evil.example/file 与 mailto:someone@evil.example")]
    public void A_bare_url_in_a_cell_is_not_a_live_link_on_github(string cell)
    {
        var escaped = MarkdownFunctions.Escape(cell);
        var github = Markdown.ToHtml(escaped, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        Assert.DoesNotContain("<a ", github, StringComparison.Ordinal);
        Assert.Contains("evil.example", github, StringComparison.Ordinal);
    }
}
