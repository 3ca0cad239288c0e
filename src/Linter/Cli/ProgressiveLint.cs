using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Cli;

/// <summary>
/// <see cref="LintPipeline.Stream"/> for the command line: the same streaming run, with a terminal
/// told how many files and tables are done, unchanged files taken from the
/// <see cref="LintCache"/> when --cache is on, and a small run's files from its <see cref="ReadAhead"/>.
/// </summary>
public static class ProgressiveLint
{
    public static LintResult Run(Inputs inputs, RuleSet rules, TerminalProgress? progress, LintCache? cache = null, SummaryDetail detail = SummaryDetail.Rows, ReadAhead? ahead = null)
    {
        var files = inputs.Files;
        var (checkedFiles, tables) = (0, 0);
        var gate = new Lock();
        void Done(int fileTables)
        {
            lock (gate)
            {
                // A normalised JSON file may hold many documents: count files, not documents.
                (checkedFiles, tables) = (checkedFiles + 1, tables + fileTables);
                progress!.Show($"{checkedFiles}/{files.Count} files checked, {tables} tables", force: checkedFiles == files.Count);
            }
        }

        try
        {
            Func<string, IReadOnlyList<PerformanceDocument>>? read = cache is null ? null : file => cache.ReadFile(file, inputs.Display);
            if (ahead is not null)
            {
                read = ahead.Reader(rules.Vocabulary, read ?? (file => LintPipeline.Read([file], inputs.Display, rules.Vocabulary)));
            }

            return LintPipeline.Stream(files, rules, inputs.Display, read, progress is null ? null : Done, detail);
        }
        finally
        {
            progress?.Clear();
        }
    }
}
