using System.Runtime.CompilerServices;
using GoalLint.Benchmarks.Generator;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Tests.Check;

/// <summary>
/// The streaming run (<see cref="LintRun"/>) finds what the run over whole models finds, and lets
/// each document's model go once the document is checked: what stays is its summary and the facts
/// the run-scoped rules keep.
/// </summary>
public sealed class LintRunTests : IDisposable
{
    private static readonly Lazy<RuleSet> Core = new(() => RuleSetBuilder.Build(new RuleSetOptions()));

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("goallint-run-");

    [Fact]
    public void Streaming_finds_what_the_run_over_whole_models_finds()
    {
        var files = Corpus();

        var streamed = LintPipeline.Lint(files, Core.Value);
        var whole = LintEngine.Run(LintPipeline.Read(files, vocabulary: Core.Value.Vocabulary), Core.Value);

        Assert.Equal(whole.Findings.Select(Shown), streamed.Findings.Select(Shown));
        Assert.Equal(whole.Documents.Select(d => (d.Path, d.Tables.Count, d.Tables.Sum(t => t.Indicators.Count))),
            streamed.Documents.Select(d => (d.Path, d.Tables.Count, d.Tables.Sum(t => t.Indicators.Count))));
    }

    [Fact]
    public void A_checked_document_is_let_go_before_the_run_ends()
    {
        using var run = new LintRun(Core.Value);

        var models = ReadCheckAndForget(run, Corpus());
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.All(models, m => Assert.False(m.IsAlive, "a checked document's model is still held"));
        using var result = run.Finish();
        Assert.NotEmpty(result.Findings);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static (string, string, SourceLocation, string, string, string) Shown(GoalLint.Check.Findings.Finding f) =>
        (f.RuleId, f.File, f.At, f.Message, f.Evidence, f.Fingerprint);

    /// <summary>Reads and checks every file, keeping only weak references to the models (in a frame of its own, so no local holds them).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] ReadCheckAndForget(LintRun run, string[] files)
    {
        var documents = LintPipeline.Read(files, vocabulary: Core.Value.Vocabulary);
        for (var i = 0; i < documents.Count; i++)
        {
            run.Check(i, [documents[i]]);
        }

        return [.. documents.SelectMany(d => d.Tables.SelectMany(t => t.Indicators).Take(1)).Select(i => new WeakReference(i))];
    }

    private string[] Corpus() =>
        Directory.GetFiles(CorpusGenerator.Generate(Path.Combine(_root.FullName, "corpus"), 120, seed: 9, minPerFile: 10, maxPerFile: 30).Directory);
}
