using System.CommandLine;
using GoalLint.Accuracy;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint accuracy [PATH...] [--details] [--min-precision P] [--min-recall R]</c>: lints the
/// source of every <c>.review</c> file (a reviewer's reading of a submission, finding by finding)
/// with the review's profile and prints per-category precision and recall. A city calibrating its
/// profile annotates its own samples the same way; CI gates on the minimums (exit code 1 below them).
/// Reviews under each <c>heldout*</c> folder are scored and printed as their own set (<see cref="ReviewSet"/>).
/// </summary>
public static class AccuracyCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Review files or folders holding them (default: tests/accuracy).", Arity = ArgumentArity.ZeroOrMore };
        var details = new Option<bool>("--details") { Description = "Also list every false alarm and every miss." };
        var minPrecision = new Option<double>("--min-precision") { Description = "Fail (exit code 1) when a category's precision is below this (0–1).", DefaultValueFactory = _ => 0 };
        var minRecall = new Option<double>("--min-recall") { Description = "Fail (exit code 1) when a category's recall is below this (0–1).", DefaultValueFactory = _ => 0 };
        var command = new Command("accuracy", "Score the findings against reviewers' readings of annotated submissions: precision and recall per category.") { paths, details, minPrecision, minRecall };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : [Path.Combine("tests", "accuracy")];
            if (CommonOptions.ReportMissing([.. given.Where(g => !File.Exists(g) && !Directory.Exists(g))]))
            {
                return ExitCodes.UsageError;
            }

            var rules = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
            RuleSet RulesFor(string? profile) => rules.TryGetValue(profile ?? "", out var r) ? r
                : rules[profile ?? ""] = RuleSetBuilder.Build(new RuleSetOptions { Profile = profile });
            var sets = ReviewSet.Split(given);
            var scores = new List<AccuracyScore>();
            try
            {
                scores.AddRange(sets.Select(set => AccuracyRun.Score(set.Files.Select(ReviewFile.Read), RulesFor)));
            }
            catch (Exception ex) when (ex is FormatException or ConfigurationException)
            {
                Console.Error.WriteLine($"goallint: {ex.Message}");
                return ExitCodes.ConfigurationError;
            }

            Console.Out.WriteLine(string.Join("\n\n", sets.Select((set, i) =>
                sets.Count == 1 ? AccuracyTable.Render(scores[i], parse.GetValue(details))
                    : $"{set.Name}（{set.Files.Count} 份审核）\n{AccuracyTable.Render(scores[i], parse.GetValue(details))}")));
            return scores.SelectMany(s => s.Categories.Values).Any(c => c.Precision < parse.GetValue(minPrecision) || c.Recall < parse.GetValue(minRecall))
                ? ExitCodes.FindingsOverThreshold
                : ExitCodes.Clean;
        });
        return command;
    }
}
