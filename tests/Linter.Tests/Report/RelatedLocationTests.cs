using GoalLint.Check.Packs;
using GoalLint.Report;

namespace GoalLint.Tests.Report;

/// <summary>
/// A finding across documents (a self-evaluation against its approved goal table, this year
/// against last year) cites the other document's cell in every output a reviewer or CI reads.
/// </summary>
public class RelatedLocationTests
{
    private static readonly Lazy<GoalLint.Check.Engine.LintResult> Result = new(() =>
    {
        var folder = Repo.InRepo("tests", "accuracy", "crossdoc", "tables");
        return LintPipeline.Lint([.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)], RuleSetBuilder.Build(new RuleSetOptions()),
            f => "tables/" + Path.GetFileName(f));
    });

    [Fact]
    public void The_lowered_self_evaluation_target_cites_the_approved_cell()
    {
        var finding = Assert.Single(Result.Value.Findings, f => f.RuleId == "target-lowered-after-approval" && f.Evidence == "≥98%");

        var related = Assert.Single(finding.Related);
        Assert.Equal(("tables/goals-2024.txt", 15), (related.File, related.At.Line));
    }

    [Theory]
    [InlineData("text", "↳ tables/goals-2024.txt(15,")]
    [InlineData("json", "\"related\"")]
    [InlineData("sarif", "\"relatedLocations\"")]
    [InlineData("html", "相关位置：<code>tables/goals-2024.txt(15:")]
    [InlineData("markdown", "相关位置：`tables/goals-2024.txt(15:")]
    public void Every_report_shows_the_related_location(string format, string expected) =>
        Assert.Contains(expected, ReportFormats.All[format].Render(Result.Value), StringComparison.Ordinal);
}
