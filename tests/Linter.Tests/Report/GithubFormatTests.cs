using GoalLint.Report.Github;

namespace GoalLint.Tests.Report;

/// <summary>GitHub Actions workflow commands: one annotation per finding, escaped as the runner reads them.</summary>
public sealed class GithubFormatTests
{
    private static readonly string[] Lines = Render().Split('\n');

    private static string Render()
    {
        var result = ReportSample.Create();
        return new GithubFormat().Render(result, ReportSample.Sifted(result));
    }

    private static string LineFor(string ruleId) => Lines.Single(l => l.Contains($",title={ruleId}::", StringComparison.Ordinal) || l.Contains($" title={ruleId}::", StringComparison.Ordinal));

    [Fact]
    public void One_command_per_finding()
    {
        Assert.Equal(ReportSample.Create().Findings.Count, Lines.Length);
        Assert.All(Lines, l => Assert.Matches("^::(error|warning|notice) file=", l));
    }

    [Fact]
    public void Severity_picks_the_command_and_a_text_finding_has_line_and_column()
    {
        Assert.StartsWith("::error file=submissions/广州/a.txt,line=", LineFor("placeholder-text"), StringComparison.Ordinal);
        Assert.StartsWith("::error file=submissions/broken.txt,line=1,col=1,title=unreadable-structure::", LineFor("unreadable-structure"), StringComparison.Ordinal);
    }

    [Fact]
    public void Spreadsheet_finding_annotates_the_file_and_names_the_cell()
    {
        var line = LineFor("formula-mismatch");
        Assert.StartsWith("::notice file=submissions/深圳/b.xlsx,title=formula-mismatch::Sheet1!D3: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(",line=", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Waived_warning_becomes_a_notice_naming_approver_and_expiry()
    {
        var line = LineFor("vague-value");
        Assert.StartsWith("::notice ", line, StringComparison.Ordinal);
        Assert.Contains("%0Awaived by 市财政局绩效科 王某 until 2099-12-31: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_follows_on_an_escaped_new_line()
    {
        Assert.Contains("。%0A→ 写成可核验的数值", LineFor("placeholder-text"), StringComparison.Ordinal);
        Assert.All(Lines, l => Assert.DoesNotContain('\r', l));
    }

    [Theory]
    [InlineData("50% 完成\r\n下一行", "50%25 完成%0D%0A下一行")]
    [InlineData("a:b,c", "a:b,c")]
    public void Message_escaping(string text, string expected) => Assert.Equal(expected, GithubFormat.Data(text));

    [Theory]
    [InlineData("表,一:二.txt", "表%2C一%3A二.txt")]
    [InlineData("100%.txt", "100%25.txt")]
    public void Property_escaping(string text, string expected) => Assert.Equal(expected, GithubFormat.Property(text));
}
