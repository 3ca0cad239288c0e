using GoalLint.Report.Templates;

namespace GoalLint.Tests.Report;

/// <summary>The HTML report's rule appendix renders doc pages from any pack: markup in them stays text.</summary>
public class RuleDocHtmlTests
{
    [Fact]
    public void Renders_headings_and_pipe_tables()
    {
        var html = MarkdownFunctions.ToHtml("# vague-value\n\n## Bad\n| 指标 | 值 |\n|---|---|\n| 水平 | 巩固提升 |\n");

        Assert.Contains("<h1>vague-value</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<td>巩固提升</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[here](javascript:alert(1))", "javascript:")]
    [InlineData("[here](data:text/html,<b>x</b>)", "data:")]
    public void Markup_and_unsafe_links_stay_inert(string markdown, string forbidden) =>
        Assert.DoesNotContain(forbidden, MarkdownFunctions.ToHtml(markdown), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Web_links_and_anchors_are_kept()
    {
        var html = MarkdownFunctions.ToHtml("[policy](https://example.gov.cn/a) and [rule](#rule-x)");

        Assert.Contains("href=\"https://example.gov.cn/a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#rule-x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_doc_page_is_cut()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, new string('x', RuleDoc.MaxChars * 2));
        try
        {
            Assert.True(RuleDoc.Read(path)!.Length < RuleDoc.MaxChars + 10);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
