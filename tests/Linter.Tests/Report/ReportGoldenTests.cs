using GoalLint.Check.Packs;
using GoalLint.Report;
using GoalLint.Report.Baseline;

namespace GoalLint.Tests.Report;

/// <summary>
/// Every report format over the hand-made sample (with a baseline and waivers applied), and every
/// template over corpus files, compared with tests/golden/reports/. Corpus files are shown as
/// corpus/NAME so the goldens do not depend on where the corpus lies. Regenerate with
/// GOALLINT_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class ReportGoldenTests
{
    public static TheoryData<string, string> CorpusRuns => new()
    {
        { "markdown", "dongguan-tgao-2023-goals.txt" },
        { "html", "dongguan-tgao-2023-goals.txt" },
        { "markdown", "shenzhen-bdc-2020-selfeval.txt" },
        { "markdown", "shaoguan-bdc-2019-selfeval.md" },
        { "html", "shaoguan-bdc-2019-selfeval.md" },
        { "markdown", "chengde-zrzy-2023-goals.md" },
    };

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("json")]
    [InlineData("text")]
    public void Format_matches_its_golden(string name)
    {
        var format = (ITriagedFormat)ReportFormats.All[name];
        var (result, triage) = ReportSample.Triaged();
        Golden.AssertMatches(Repo.InRepo("tests", "golden", "reports", "sample" + format.Extension), WithoutWorkingFolder(format.Render(result, triage)));
    }

    /// <summary>SARIF names the folder the run started in (%SRCROOT%): where the test runs, not part of the golden.</summary>
    private static string WithoutWorkingFolder(string output) =>
        output.Replace(new Uri(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + "/").AbsoluteUri, "file:///WORKING-FOLDER/", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(CorpusRuns))]
    public void Template_over_a_corpus_file_matches_its_golden(string name, string file)
    {
        var format = ReportFormats.All[name];
        var result = LintPipeline.Lint([Repo.CorpusFile(file)], RuleSetBuilder.Build(new RuleSetOptions()), _ => "corpus/" + file);
        Golden.AssertMatches(Repo.InRepo("tests", "golden", "reports", "corpus", Path.GetFileNameWithoutExtension(file) + format.Extension), format.Render(result));
    }

    [Fact]
    public void Report_is_the_same_on_every_run()
    {
        string Render() => ReportFormats.All["html"].Render(LintPipeline.Lint([Repo.Corpus], RuleSetBuilder.Build(new RuleSetOptions())));
        Assert.Equal(Render(), Render());
    }

    [Fact]
    public void Shipped_templates_are_found_beside_the_tool()
    {
        Assert.True(File.Exists(((GoalLint.Report.Templates.TemplateFormat)ReportFormats.All["html"]).TemplatePath));
        Assert.True(File.Exists(((GoalLint.Report.Templates.TemplateFormat)ReportFormats.All["markdown"]).TemplatePath));
    }
}
