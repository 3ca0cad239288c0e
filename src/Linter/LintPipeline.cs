using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint;

/// <summary>
/// The whole flow, one way: ingest (files ⇒ documents) → normalise → check (rules ⇒ findings).
/// Reports render the result. Documents are read in parallel; a file that fails to read becomes
/// diagnostics of its own document and never stops the others.
/// </summary>
public static class LintPipeline
{
    /// <summary>Reads and normalises every file, with <paramref name="vocabulary"/> (a city's) when given.</summary>
    public static IReadOnlyList<PerformanceDocument> Read(IReadOnlyList<string> files, Func<string, string>? display = null, Vocabulary? vocabulary = null)
    {
        using var scope = Vocabulary.Use(vocabulary ?? Vocabulary.Current);
        var loader = DocumentLoader.CreateDefault();
        var documents = new IReadOnlyList<PerformanceDocument>[files.Count];
        Parallel.For(0, files.Count, i => documents[i] = loader.LoadAll(files[i], display?.Invoke(files[i])).Select(Normaliser.Normalise).ToArray());
        return documents.SelectMany(d => d).ToArray();
    }

    public static LintResult Lint(IReadOnlyList<string> files, RuleSet rules, Func<string, string>? display = null) =>
        LintEngine.Run(Read(files, display, rules.Vocabulary), rules);
}
