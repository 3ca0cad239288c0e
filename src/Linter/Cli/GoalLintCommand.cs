using System.CommandLine;

namespace GoalLint.Cli;

/// <summary>The root command: one subcommand per file in this folder.</summary>
public static class GoalLintCommand
{
    public static RootCommand Create() =>
        new("GoalLint: checks budget performance goal tables (绩效目标表, 绩效自评表) the way a finance-bureau reviewer does.")
        {
            LintCommand.Create(),
            BaselineCommand.Create(),
            RulesCommand.Create(),
            NormalizeCommand.Create(),
            SchemaCommand.Create(),
            AccuracyCommand.Create(),
        };

    /// <summary>
    /// Parses and runs a command line with GoalLint's exit codes: System.CommandLine answers a
    /// parse error (unknown option, bad value, missing required option) and a crash with 1, which
    /// here means "findings over the threshold", so those become <see cref="ExitCodes.UsageError"/>
    /// and <see cref="ExitCodes.InternalError"/>.
    /// </summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var parse = Create().Parse(args);
        try
        {
            var code = parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parse.Errors.Count > 0 ? ExitCodes.UsageError : code;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"goallint: internal error, please report it: {ex}");
            return ExitCodes.InternalError;
        }
    }
}
