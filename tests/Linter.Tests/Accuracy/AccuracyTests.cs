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

    [Fact]
    public void Further_findings_on_an_expected_line_and_category_are_listed_not_scored()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", string.Join('\n',
            "项目绩效目标表",
            "项目名称\t示例档案整理服务\t\t\t",
            "主管部门\t示例市档案局\t实施单位\t示例市档案馆\t",
            "实施周期\t2025年—2026年\t\t\t",
            "一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值",
            "产出指标\t质量指标\t档案整理合格率\t≥95\t≥96",
            "\t数量指标\t档案整理卷数\t≥2万卷\t≥1万卷",
            ""));
        var review = ReviewFile.Read(folder.Write("a.txt.review", "source: a.txt\n6 missing-unit  ≥95 and ≥96 with no %\n"));

        var score = AccuracyRun.Score([review], profile => RuleSetBuilder.Build(new RuleSetOptions { Profile = profile }));

        Assert.Equal((1, 0, 0), (score.Categories["missing-unit"].TruePositives, score.Categories["missing-unit"].FalsePositives, score.Categories["missing-unit"].FalseNegatives));
        Assert.Contains(score.Alongside, line => line.StartsWith("a.txt.review: 6 missing-unit — ", StringComparison.Ordinal) && line.Contains("≥9", StringComparison.Ordinal));
        Assert.Single(score.Alongside, line => line.Contains(" missing-unit — ", StringComparison.Ordinal));
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
