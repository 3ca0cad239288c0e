using System.CommandLine;

namespace GoalLint.Cli;

/// <summary>The root command: one subcommand per file in this folder.</summary>
public static class GoalLintCommand
{
    public static RootCommand Create() =>
        new("GoalLint: checks budget performance goal tables (绩效目标表, 绩效自评表) the way a finance-bureau reviewer does.")
        {
            LintCommand.Create(),
            RulesCommand.Create(),
            NormalizeCommand.Create(),
            SchemaCommand.Create(),
        };
}
