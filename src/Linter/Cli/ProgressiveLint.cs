using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Cli;

/// <summary>
/// <see cref="LintPipeline.Lint"/> for the command line: the same read-then-check flow, with the
/// files read in batches so a terminal can be told how many files and tables are done.
/// </summary>
public static class ProgressiveLint
{
    /// <summary>Large enough to keep every core busy within a batch, small enough for the count to move.</summary>
    private static readonly int BatchSize = Environment.ProcessorCount * 8;

    public static LintResult Run(IReadOnlyList<string> files, RuleSet rules, TerminalProgress? progress)
    {
        if (progress is null)
        {
            return LintPipeline.Lint(files, rules);
        }

        var documents = new List<PerformanceDocument>(files.Count);
        var (read, tables) = (0, 0);
        foreach (var batch in files.Chunk(BatchSize))
        {
            // A normalised JSON file may hold many documents: count files, not documents.
            var batchDocuments = LintPipeline.Read(batch, vocabulary: rules.Vocabulary);
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
