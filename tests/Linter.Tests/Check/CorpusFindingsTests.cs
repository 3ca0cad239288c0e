using GoalLint.Check.Packs;
using GoalLint.Report;

namespace GoalLint.Tests.Check;

/// <summary>
/// What the core pack finds on corpus files, as a reviewer reads it (the text format). Each
/// golden was reviewed by hand finding by finding; tests/golden/findings/REVIEW.md records the
/// judgement on every rule that fires, including the findings a reviewer might dispute.
/// Regenerate with GOALLINT_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class CorpusFindingsTests
{
    public static TheoryData<string> Reviewed => new() { "dongguan-tgao-2023-goals.txt", "dongguan-bdc-2024-goals.txt", "chengde-zrzy-2023-goals.md" };

    [Theory]
    [MemberData(nameof(Reviewed))]
    public void Core_pack_findings_match_the_reviewed_golden(string file)
    {
        var rules = RuleSetBuilder.Build(new RuleSetOptions());

        var result = LintPipeline.Lint([Repo.CorpusFile(file)], rules, _ => "corpus/" + file);

        Golden.AssertMatches(Repo.InRepo("tests", "golden", "findings", Path.ChangeExtension(file, ".txt")), ReportFormats.All["text"].Render(result));
    }
}
