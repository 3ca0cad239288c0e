using System.CommandLine;
using GoalLint.Model;
using GoalLint.Report.Baseline;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint baseline PATH... --output FILE [--profile NAME] [--config FILE]</c>: records the
/// fingerprints of today's findings, with the same rule set <c>lint</c> would use, so later
/// <c>lint --baseline FILE</c> runs report only findings that are new.
/// </summary>
public static class BaselineCommand
{
    public static Command Create()
    {
        var inputs = new InputArguments();
        var ruleSet = new RuleSetArguments();
        var output = new Option<FileInfo>("--output", "-o") { Description = "The baseline file to write (JSON).", Required = true };
        var command = new Command("baseline", "Record the current findings' fingerprints, so 'lint --baseline FILE' reports only new findings.") { output };
        inputs.AddTo(command);
        ruleSet.AddTo(command);
        command.SetAction(parse =>
        {
            if (CommonOptions.LoadRules(ruleSet.Read(parse, inputs.Given(parse))) is not { } rules)
            {
                return ExitCodes.ConfigurationError;
            }

            using var files = inputs.Files(parse, rules.Exclude);
            if (files is null)
            {
                return ExitCodes.UsageError;
            }

            using var result = ProgressiveLint.Run(files, rules, TerminalProgress.ForConsole(), detail: SummaryDetail.Counts);
            // A table a rule failed on is recorded by its rule-failed finding, so once the rule
            // works again its findings there are new, not let in unseen.
            CommonOptions.ReportRuleFailures(result);

            var file = parse.GetValue(output)!;
            var baseline = BaselineFile.For(result.Findings);
            baseline.Write(file.FullName);
            Console.Error.WriteLine($"goallint: {baseline.Findings.Count} findings recorded in {file}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
