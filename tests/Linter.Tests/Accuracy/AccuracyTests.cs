using GoalLint.Accuracy;
using GoalLint.Check.Packs;

namespace GoalLint.Tests.Accuracy;

/// <summary>
/// The reviewers' readings in tests/accuracy (the corpus and hand-written tables) hold the linter
/// to the issue's bar: per category, precision ≥ 90% and recall ≥ 85%.
/// </summary>
public class AccuracyTests
{
    private static readonly Lazy<AccuracyScore> Score = new(() =>
        AccuracyRun.Score(AccuracyRun.ReviewFiles([Repo.InRepo("tests", "accuracy")]).Select(ReviewFile.Read),
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
