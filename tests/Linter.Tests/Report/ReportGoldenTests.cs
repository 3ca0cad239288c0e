using GoalLint.Report;
using GoalLint.Report.Baseline;

namespace GoalLint.Tests.Report;

/// <summary>Every report format over the hand-made sample (with a baseline and waivers applied), compared with tests/golden/reports/.</summary>
public sealed class ReportGoldenTests
{
    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("sarif")]
    [InlineData("junit")]
    public void Format_matches_its_golden(string name)
    {
        var format = (ITriagedFormat)ReportFormats.All[name];
        var result = ReportSample.Create();
        Golden.AssertMatches(Repo.InRepo("tests", "golden", "reports", "sample" + format.Extension), format.Render(result, ReportSample.Sifted(result)));
    }

    [Fact]
    public void Shipped_templates_are_found_beside_the_tool()
    {
        Assert.True(File.Exists(((GoalLint.Report.Templates.TemplateFormat)ReportFormats.All["html"]).TemplatePath));
        Assert.True(File.Exists(((GoalLint.Report.Templates.TemplateFormat)ReportFormats.All["markdown"]).TemplatePath));
    }
}
