using GoalLint.Check.Findings;
using GoalLint.Shared.Messages;

namespace GoalLint.Accuracy;

/// <summary>
/// Per-category precision and recall of a run against reviewers' readings. A finding counts once
/// per (file, line, category); notes (<c>info</c>) are not send-backs and are left out, as are
/// findings a reviewer marked arguable.
/// </summary>
public sealed class AccuracyScore
{
    private readonly Dictionary<string, CategoryScore> categories = new(StringComparer.Ordinal);
    private readonly List<string> falseAlarms = [];
    private readonly List<string> misses = [];
    private readonly List<string> alongside = [];

    public IReadOnlyDictionary<string, CategoryScore> Categories => categories;

    /// <summary>Findings no reviewer would sign, as <c>review: FILE:LINE category — message</c>.</summary>
    public IReadOnlyList<string> FalseAlarms => falseAlarms;

    /// <summary>What a reviewer sends back and the run did not report.</summary>
    public IReadOnlyList<string> Misses => misses;

    /// <summary>
    /// Further findings on a line and category the review expects: the key counts once, so a wrong finding beside a right
    /// one (a false sum error next to a true rate error on one funds line) is never scored. Listed for a reviewer to check.
    /// </summary>
    public IReadOnlyList<string> Alongside => alongside;

    /// <summary>Scores one review: <paramref name="keyOf"/> turns a finding into the key the review uses.</summary>
    public void Add(ReviewFile review, IEnumerable<Finding> findings, Func<Finding, FindingKey> keyOf)
    {
        var groups = findings.Where(f => f.Severity >= Severity.Warning)
            .GroupBy(keyOf).ToDictionary(g => g.Key, g => g.ToArray());
        var reported = groups.ToDictionary(g => g.Key, g => g.Value[0]);
        var expected = review.Expected.ToDictionary(e => e.Key);
        foreach (var (key, finding) in reported)
        {
            if (expected.TryGetValue(key, out var e) && e.Optional)
            {
                continue;
            }

            var hit = expected.ContainsKey(key);
            Score(key.Category).Count(truePositive: hit, falsePositive: !hit);
            if (!hit)
            {
                falseAlarms.Add($"{Name(review)}: {Where(key)} {key.Category} — {finding.RuleId}: {finding.Message}");
                continue;
            }

            alongside.AddRange(groups[key].Skip(1).Select(f => $"{Name(review)}: {Where(key)} {key.Category} — {MessageCatalogue.Text("severity." + f.Severity.ToString().ToLowerInvariant())} {f.RuleId}: {f.Message}"));
        }

        foreach (var e in review.Expected.Where(e => !e.Optional && !reported.ContainsKey(e.Key)))
        {
            Score(e.Key.Category).Count(falseNegative: true);
            misses.Add($"{Name(review)}: {Where(e.Key)} {e.Key.Category} — {e.Note}");
        }
    }

    public CategoryScore Total => categories.Values.Aggregate(new CategoryScore(), (sum, c) => sum.Plus(c));

    private CategoryScore Score(string category) =>
        categories.TryGetValue(category, out var s) ? s : categories[category] = new CategoryScore();

    private static string Name(ReviewFile review) => Path.GetFileName(review.Path);

    private static string Where(FindingKey key) => key.File.Length == 0 ? $"{key.Line}" : $"{key.File}:{key.Line}";
}

/// <summary>Counts for one category: reported and right, reported and wrong, expected and missed.</summary>
public sealed class CategoryScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    /// <summary>Right findings over all findings; 1 when nothing was reported.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Found over all a reviewer expects; 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    internal void Count(bool truePositive = false, bool falsePositive = false, bool falseNegative = false)
    {
        TruePositives += truePositive ? 1 : 0;
        FalsePositives += falsePositive ? 1 : 0;
        FalseNegatives += falseNegative ? 1 : 0;
    }

    internal CategoryScore Plus(CategoryScore other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
        return this;
    }
}
