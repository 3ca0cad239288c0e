using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Cli;

/// <summary>
/// <see cref="LintPipeline.Lint"/> for the command line: the same read-then-check flow, with the
/// files read in batches so a terminal can be told how many files and tables are done, and
/// unchanged files taken from the <see cref="LintCache"/> when --cache is on.
/// </summary>
public static class ProgressiveLint
{
    /// <summary>Large enough to keep every core busy within a batch, small enough for the count to move.</summary>
    private static readonly int BatchSize = Environment.ProcessorCount * 8;

    public static LintResult Run(Inputs inputs, RuleSet rules, TerminalProgress? progress, LintCache? cache = null)
    {
        var files = inputs.Files;
        IReadOnlyList<PerformanceDocument> Read(IReadOnlyList<string> batch) =>
            cache is not null ? cache.Read(batch, inputs.Display) : LintPipeline.Read(batch, inputs.Display);

        if (progress is null)
        {
            return LintEngine.Run(Read(files), rules);
        }

        var documents = new List<PerformanceDocument>(files.Count);
        var (read, tables) = (0, 0);
        foreach (var batch in files.Chunk(BatchSize))
        {
            // A normalised JSON file may hold many documents: count files, not documents.
            var batchDocuments = Read(batch);
            documents.AddRange(batchDocuments);
            read += batch.Length;
            tables += batchDocuments.Sum(d => d.Tables.Count);
            progress.Show($"{read}/{files.Count} files read, {tables} tables");
        }

        progress.Show($"{files.Count} files read, checking {tables} tables…", force: true);
        try
        {
            return LintEngine.Run(documents, rules);
        }
        finally
        {
            progress.Clear();
        }
    }
}
