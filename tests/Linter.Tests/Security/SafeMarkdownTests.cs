using GoalLint.Report;

namespace GoalLint.Tests.Security;

/// <summary>
/// The one Markdown URL sanitiser: every way CommonMark writes a URL, with a scheme outside
/// https/http/mailto, comes out as <c>#</c>, in the HTML a report embeds and in the Markdown
/// (SARIF help) another renderer shows; raw HTML is text.
/// </summary>
public sealed class SafeMarkdownTests
{
    public static TheoryData<string> Hostile => new()
    {
        "<javascript:alert(1)>",
        "[inline](javascript:alert(1))",
        "[spaced]( JaVaScRiPt:alert(1) )",
        "[entity](&#106;avascript:alert(1))",
        "[tab](java\tscript:alert(1))",
        "![image](javascript:alert(1))",
        "[data](data:text/html,x)",
        "[vb](vbscript:msgbox)",
        "[file](file:///etc/passwd)",
        "[relative-protocol](//evil.example/x)",
        "[ref][evil]\n\n[evil]: javascript:alert(1)",
        "[collapsed][]\n\n[collapsed]: javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">raw</a>",
        "<img src=x onerror=alert(1)>",
        "<div>\n<script>alert(1)</script>\n</div>",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Html_has_no_live_unsafe_url_or_tag(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotMatch("(?i)(href|src)=\"(?!#|https?:|mailto:)", html);
        Assert.DoesNotMatch("(?i)<(script|img|a |div)[^>]*(onerror|javascript)", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Markdown_renders_to_the_same_safe_html(string markdown)
    {
        var rerendered = Markdig.Markdown.ToHtml(SafeMarkdown.ToMarkdown(markdown));

        Assert.DoesNotMatch("(?i)(href|src)=\"(?!#|https?:|mailto:)", rerendered);
        Assert.DoesNotContain("<script", rerendered, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", rerendered, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[doc](https://example.org/rules#x)", "href=\"https://example.org/rules#x\"")]
    [InlineData("<https://example.org/>", "href=\"https://example.org/\"")]
    [InlineData("[mail](mailto:reviewer@example.org)", "href=\"mailto:reviewer@example.org\"")]
    [InlineData("[anchor](#rule-vague-value)", "href=\"#rule-vague-value\"")]
    public void Safe_links_stay(string markdown, string expected)
    {
        Assert.Contains(expected, SafeMarkdown.ToHtml(markdown), StringComparison.Ordinal);
        Assert.Contains(expected, Markdig.Markdown.ToHtml(SafeMarkdown.ToMarkdown(markdown)), StringComparison.Ordinal);
    }
}
