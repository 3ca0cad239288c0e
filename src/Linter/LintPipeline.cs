using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint;

/// <summary>
/// The whole flow, one way: ingest (files ⇒ documents) → normalise → check (rules ⇒ findings).
/// Reports render the result. Files are read in parallel; a file that fails to read becomes
/// diagnostics of its own document and never stops the others.
/// </summary>
public static class LintPipeline
{
    /// <summary>
    /// One worker per core for the files of a run. Left unbounded, the thread pool saw each long
    /// Parallel.For body as a stall and added a thread every half second (ten or more on two
    /// cores), so more files were held at once, more threads stopped for every collection and the
    /// cores were shared out among them (docs/performance.md).
    /// </summary>
    internal static ParallelOptions OnEveryCore { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Reads and normalises every file, with <paramref name="vocabulary"/> (a city's) when given.</summary>
    public static IReadOnlyList<PerformanceDocument> Read(IReadOnlyList<string> files, Func<string, string>? display = null, Vocabulary? vocabulary = null)
    {
        using var scope = Vocabulary.Use(vocabulary ?? Vocabulary.Current);
        var loader = DocumentLoader.CreateDefault();
        var documents = new IReadOnlyList<PerformanceDocument>[files.Count];
        Parallel.For(0, files.Count, OnEveryCore, i => documents[i] = ReadFile(loader, files[i], display));
        return documents.SelectMany(d => d).ToArray();
    }

    /// <summary>
    /// Reads, normalises and checks the files as a stream (<see cref="LintRun"/>): each file is
    /// checked on the thread that read it as soon as it is read, and only its summary and the facts
    /// the run-scoped rules keep stay in memory. <paramref name="read"/> replaces the reading of a
    /// file (the lint cache); <paramref name="done"/> hears of each file checked, with its tables.
    /// <paramref name="detail"/> says what the result's documents keep for the reports asked for. The findings stay in the run's spill file, read back as the
    /// reports enumerate them: the caller disposes the result, which deletes the file.
    /// </summary>
    public static LintResult Stream(
        IReadOnlyList<string> files, RuleSet rules, Func<string, string>? display = null,
        Func<string, IReadOnlyList<PerformanceDocument>>? read = null, Action<int>? done = null, SummaryDetail detail = SummaryDetail.Rows)
    {
        using var scope = Vocabulary.Use(rules.Vocabulary);
        var loader = DocumentLoader.CreateDefault();
        read ??= file => ReadFile(loader, file, display);
        using var run = new LintRun(rules, detail: detail);
        Parallel.For(0, files.Count, OnEveryCore, i =>
        {
            var documents = read(files[i]);
            run.Check(i, documents);
            done?.Invoke(documents.Sum(d => d.Tables.Count));
        });
        return run.Finish();
    }

    /// <summary><see cref="Stream"/>, with the findings then held in memory (for callers that keep the result).</summary>
    public static LintResult Lint(IReadOnlyList<string> files, RuleSet rules, Func<string, string>? display = null)
    {
        using var result = Stream(files, rules, display);
        return result.InMemory();
    }

    private static IReadOnlyList<PerformanceDocument> ReadFile(DocumentLoader loader, string file, Func<string, string>? display) =>
        loader.LoadAll(file, display?.Invoke(file)).Select(Normaliser.Normalise).ToArray();
}
