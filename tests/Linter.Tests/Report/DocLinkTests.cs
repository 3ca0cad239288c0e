using GoalLint.Report;

namespace GoalLint.Tests.Report;

/// <summary>Rule-doc links work wherever a report is opened: an anchor in the report, or a URL under --doc-base; never a repo path.</summary>
public sealed class DocLinkTests
{
    [Theory]
    [InlineData(null, "#rule-vague-value")]
    [InlineData("https://docs.example.cn/goallint/rules", "https://docs.example.cn/goallint/rules/core/vague-value.md")]
    [InlineData("https://docs.example.cn/goallint/rules/", "https://docs.example.cn/goallint/rules/core/vague-value.md")]
    [InlineData("https://docs.example.cn/{pack}/{id}.html", "https://docs.example.cn/core/vague-value.html")]
    public void Link_is_an_anchor_or_under_the_doc_base(string? docBase, string link) =>
        Assert.Equal(link, DocLinks.For("vague-value", "core", docBase));

    [Theory]
    [InlineData("html", "href=\"{0}\"")]
    [InlineData("markdown", "]({0})")]
    public void Reports_link_every_finding_to_a_section_they_contain(string format, string link)
    {
        var report = ReportFormats.All[format].Render(ReportSample.Create());
        Assert.DoesNotContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, link, "rules/"), report, StringComparison.Ordinal);
        foreach (var rule in ReportSample.Create().Findings.Select(f => f.RuleId).Distinct())
        {
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, link, "#rule-" + rule), report, StringComparison.Ordinal);
            Assert.Contains($"id=\"rule-{rule}\"", report, StringComparison.Ordinal);
        }
    }
}
