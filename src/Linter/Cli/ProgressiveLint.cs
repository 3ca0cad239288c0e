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
        foreach (var batch in files.Chunk(BatchSize))
        {
            documents.AddRange(LintPipeline.Read(batch));
            progress.Show($"{documents.Count}/{files.Count} files read, {documents.Sum(d => d.Tables.Count)} tables");
        }

        progress.Show($"{files.Count} files read, checking {documents.Sum(d => d.Tables.Count)} tables…", force: true);
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
