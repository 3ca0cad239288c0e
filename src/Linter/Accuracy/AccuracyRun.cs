using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Ingest;

namespace GoalLint.Accuracy;

/// <summary>
/// Lints the source of every review with the review's profile and scores the findings against
/// it. A folder source is linted in one run, so checks across documents are judged too.
/// </summary>
public static class AccuracyRun
{
    /// <summary>Every <c>*.review</c> file under the given paths (files or folders), in a stable order.</summary>
    public static IReadOnlyList<string> ReviewFiles(IEnumerable<string> paths) =>
        [.. paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*.review", SearchOption.AllDirectories)
                : [p])
            .Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal)];

    public static AccuracyScore Score(IEnumerable<ReviewFile> reviews, Func<string?, RuleSet> rulesFor)
    {
        var score = new AccuracyScore();
        foreach (var review in reviews)
        {
            score.Add(review, Findings(review, rulesFor), f => new FindingKey(f.File, f.At.Line, f.Category));
        }

        return score;
    }

    /// <summary>The findings on a review's source, linted with its profile; a finding's file is relative to a folder source.</summary>
    public static IReadOnlyList<Finding> Findings(ReviewFile review, Func<string?, RuleSet> rulesFor)
    {
        var folder = Directory.Exists(review.Source);
        var files = folder ? InputFiles.Expand([review.Source], []).Files : [review.Source];
        string Display(string file) => folder ? Path.GetRelativePath(review.Source, file).Replace('\\', '/') : "";
        return [.. LintPipeline.Lint(files, rulesFor(review.Profile), Display).Findings];
    }
}
