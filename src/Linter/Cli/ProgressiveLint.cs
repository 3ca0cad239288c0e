using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Cli;

/// <summary>
/// <see cref="LintPipeline.Stream"/> for the command line: the same streaming run, with a terminal
/// told how many files and tables are done, and unchanged files taken from the
/// <see cref="LintCache"/> when --cache is on.
/// </summary>
public static class ProgressiveLint
{
    public static LintResult Run(Inputs inputs, RuleSet rules, TerminalProgress? progress, LintCache? cache = null, SummaryDetail detail = SummaryDetail.Rows)
    {
        var files = inputs.Files;
        var (read, tables) = (0, 0);
        var gate = new Lock();
        void Done(int fileTables)
        {
            lock (gate)
            {
                // A normalised JSON file may hold many documents: count files, not documents.
                (read, tables) = (read + 1, tables + fileTables);
                progress!.Show($"{read}/{files.Count} files checked, {tables} tables", force: read == files.Count);
            }
        }

        try
        {
            return LintPipeline.Stream(files, rules, inputs.Display, cache is null ? null : file => cache.ReadFile(file, inputs.Display), progress is null ? null : Done, detail);
        }
        finally
        {
            progress?.Clear();
        }
    }
}
