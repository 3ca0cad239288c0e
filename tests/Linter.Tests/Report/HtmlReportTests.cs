using System.Text.RegularExpressions;
using GoalLint.Report.Html;
using GoalLint.Report.Markdown;

namespace GoalLint.Tests.Report;

/// <summary>Submission text is untrusted: the reports must show it, never run or render it.</summary>
public sealed partial class HtmlReportTests
{
    private static readonly string Html = new HtmlFormat().Render(ReportSample.Create());

    [Fact]
    public void Script_in_a_project_name_or_cell_is_escaped()
    {
        Assert.Contains("城乡社区公共设施维护&lt;script&gt;alert(1)&lt;/script&gt;", Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", Html, StringComparison.Ordinal);
        Assert.Single(ScriptTag().Matches(Html));
        Assert.DoesNotContain("<b>粗体</b>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_is_self_contained()
    {
        Assert.DoesNotMatch(ExternalReference(), Html);
        Assert.Contains("default-src 'none'", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_is_highlighted_in_the_source_row()
    {
        Assert.Contains("<mark>有效提升</mark>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_submission_text_literal()
    {
        var markdown = new MarkdownFormat().Render(ReportSample.Create());
        Assert.Contains(@"城乡社区公共设施维护\<script\>alert(1)\</script\>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("**有效提升**", markdown, StringComparison.Ordinal);
    }

    /// <summary>Only the report's own inline script: the planted ones are text.</summary>
    [GeneratedRegex("<script>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"(src|href)\s*=\s*""?(https?:)?//|@import|url\(", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
