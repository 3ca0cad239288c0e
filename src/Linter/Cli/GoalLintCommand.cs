using GoalLint.Shared.Json;
using System.CommandLine;
using GoalLint.Report.Json;

namespace GoalLint.Cli;

/// <summary>The root command: one subcommand per file in this folder.</summary>
public static class GoalLintCommand
{
    /// <summary>The subcommands by name, in the order help lists them.</summary>
    internal static readonly IReadOnlyList<(string Name, Func<Command> Create)> Commands =
    [
        ("lint", LintCommand.Create),
        ("baseline", BaselineCommand.Create),
        ("rules", RulesCommand.Create),
        ("normalize", NormalizeCommand.Create),
        ("schema", SchemaCommand.Create),
        ("serve", ServeCommand.Create),
        ("accuracy", AccuracyCommand.Create),
    ];

    public static RootCommand Create() => Create(invoked: null);

    /// <summary>
    /// The root command with every subcommand, or with only <paramref name="invoked"/>: a command line that
    /// starts with a command's name parses alike without the others, and building every command's options
    /// was ≈ 30 ms of a one-file lint's start-up. Anything else (help, a misspelt command) gets them all.
    /// </summary>
    internal static RootCommand Create(string? invoked)
    {
        var root = new RootCommand("GoalLint: checks budget performance goal tables (绩效目标表, 绩效自评表) the way a finance-bureau reviewer does.");
        foreach (var (name, create) in Commands)
        {
            if (invoked is null || invoked == name)
            {
                root.Subcommands.Add(create());
            }
        }

        return root;
    }

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

        var invoked = args.Count > 0 && Commands.Any(c => c.Name == args[0]) ? args[0] : null;
        if (invoked == "lint")
        {
            ReadAhead.WarmVocabulary();
        }

        var parse = Create(invoked).Parse(args);
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
