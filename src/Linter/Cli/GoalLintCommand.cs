using System.CommandLine;
using GoalLint.Report.Json;

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
        };

    /// <summary>
    /// Parses and runs a command line with GoalLint's exit codes. A usage error (unknown option,
    /// bad value, missing argument) is printed as a short message naming the option, what was
    /// expected and where help is, and answers <see cref="ExitCodes.UsageError"/>; a crash answers
    /// <see cref="ExitCodes.InternalError"/> (System.CommandLine would answer both with 1, which here
    /// means "findings over the threshold"). <c>--version</c> works after any command.
    /// </summary>
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.TakeWhile(a => a != "--").Contains("--version"))
        {
            Console.Out.WriteLine($"goallint {ToolInfo.Current.Version}");
            return ExitCodes.Clean;
        }

        var parse = Create().Parse(args);
        if (UsageErrors.Of(parse) is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine($"{UsageErrors.CommandPath(parse)}: {error}");
            }

            Console.Error.WriteLine($"Run '{UsageErrors.CommandPath(parse)} --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"goallint: internal error, please report it: {ex}");
            return ExitCodes.InternalError;
        }
    }
}
