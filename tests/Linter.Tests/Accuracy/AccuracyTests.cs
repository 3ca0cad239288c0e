using GoalLint.Accuracy;
using GoalLint.Check.Packs;

namespace GoalLint.Tests.Accuracy;

/// <summary>
/// The in-sample reviewers' readings in tests/accuracy (the corpus and hand-written tables the rules
/// were calibrated on) hold the linter to the issue's bar: per category, precision ≥ 90% and recall
/// ≥ 85%. The held-out set is scored apart (docs/accuracy.md has its figures).
/// </summary>
public class AccuracyTests
{
    private static readonly Lazy<AccuracyScore> Score = new(() =>
        AccuracyRun.Score(ReviewSet.Split([Repo.InRepo("tests", "accuracy")]).Single(s => s.Name == ReviewSet.InSample).Files.Select(ReviewFile.Read),
            profile => RuleSetBuilder.Build(new RuleSetOptions { Profile = profile })));

    public static TheoryData<string> Categories => [.. GoalLint.Check.Rules.Category.All];

    [Theory]
    [MemberData(nameof(Categories))]
    public void Each_category_meets_the_precision_and_recall_bar(string category)
    {
        if (!Score.Value.Categories.TryGetValue(category, out var score))
        {
            return;
        }

        Assert.True(score.Precision >= 0.90, $"{category}: precision {score.Precision:P0}; false alarms:\n{string.Join("\n", Score.Value.FalseAlarms.Where(f => f.Contains($" {category} —", StringComparison.Ordinal)))}");
        Assert.True(score.Recall >= 0.85, $"{category}: recall {score.Recall:P0}; misses:\n{string.Join("\n", Score.Value.Misses.Where(f => f.Contains($" {category} —", StringComparison.Ordinal)))}");
    }

    /// <summary>Every review, held-out sets included, that expects nothing but arguable findings: a table a reviewer accepts as written.</summary>
    public static TheoryData<string> AcceptedTables =>
        [.. AccuracyRun.ReviewFiles([Repo.InRepo("tests", "accuracy")])
            .Where(path => ReviewFile.Read(path).Expected.All(e => e.Optional))
            .Select(path => Path.GetRelativePath(Repo.InRepo("tests", "accuracy"), path).Replace('\\', '/'))];

    [Theory]
    [MemberData(nameof(AcceptedTables))]
    public void A_table_a_reviewer_accepts_as_written_gets_no_error(string review)
    {
        var accepted = ReviewFile.Read(Repo.InRepo("tests", "accuracy", review));

        var errors = AccuracyRun.Findings(accepted, profile => RuleSetBuilder.Build(new RuleSetOptions { Profile = profile }))
            .Where(f => f.Severity == GoalLint.Check.Findings.Severity.Error);

        Assert.Empty(errors.Select(f => $"{f.File}({f.At.Line}) {f.RuleId}: {f.Message}"));
    }

    [Fact]
    public void A_review_names_its_source_profile_and_expected_findings()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt.review", "source: a.txt\nprofile: dongguan\n# comment\n12 vague-value  巩固提升\n~14 duplicate  arguable\nsub/b.txt:3 structure  shifted\n");

        var review = ReviewFile.Read(path);

        Assert.Equal(Path.Combine(folder.Root, "a.txt"), review.Source);
        Assert.Equal("dongguan", review.Profile);
        Assert.Equal(
            [new FindingKey("", 12, "vague-value"), new FindingKey("", 14, "duplicate"), new FindingKey("sub/b.txt", 3, "structure")],
            review.Expected.Select(e => e.Key));
        Assert.Equal([false, true, false], review.Expected.Select(e => e.Optional));
    }

    [Fact]
    public void Reviews_under_each_heldout_folder_are_their_own_set()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/a.txt.review", "source: a.txt\n");
        folder.Write("heldout/b.txt.review", "source: b.txt\n");
        folder.Write("heldout/pair/c.review", "source: c\n");
        folder.Write("heldout2/d.txt.review", "source: d.txt\n");

        var sets = ReviewSet.Split([folder.Root]);

        Assert.Equal([ReviewSet.InSample, "留出集（heldout）", "留出集（heldout2）"], sets.Select(s => s.Name));
        Assert.Equal(["a.txt.review"], sets[0].Files.Select(Path.GetFileName));
        Assert.Equal(["b.txt.review", "c.review"], sets[1].Files.Select(Path.GetFileName));
        Assert.Equal(["d.txt.review"], sets[2].Files.Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("12 not-a-category  x")]
    [InlineData("twelve vague-value  x")]
    [InlineData("12 vague-value  x\n12 vague-value  again")]
    public void A_malformed_review_is_an_error_naming_the_line(string body)
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.review", "source: a.txt\n" + body + "\n");

        var error = Assert.Throws<FormatException>(() => ReviewFile.Read(path));

        Assert.Contains("a.review(", error.Message, StringComparison.Ordinal);
    }
}
