using System.CommandLine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Report;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint lint PATH... [--profile NAME] [--config FILE] [--format F] [--output FILE] [--fail-on S]</c>:
/// checks every table and reports findings; the exit code is the CI gate (see <see cref="ExitCodes"/>).
/// </summary>
public static class LintCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var ruleSet = new RuleSetArguments();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportFormats.All.Keys.Order()]);
        var output = CommonOptions.Output();
        var failOn = new Option<FailOn?>("--fail-on") { Description = "Lowest severity that fails the run with exit code 1 (default: error, or the config's fail-on)." };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Fail the run when there are more warnings than this." };
        var command = new Command("lint", "Check tables against the rule pack and report findings.") { paths, format, output, failOn, maxWarnings };
        ruleSet.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var (files, missing) = InputFiles.Expand(inputs);
            if (CommonOptions.ReportMissing(missing))
            {
                return ExitCodes.UsageError;
            }

            if (CommonOptions.LoadRules(ruleSet.Read(parse, inputs)) is not { } rules)
            {
                return ExitCodes.ConfigurationError;
            }

            var result = LintPipeline.Lint(files, rules);
            CommonOptions.Write(parse.GetValue(output), ReportFormats.All[parse.GetValue(format)!].Render(result));
            foreach (var failure in result.RuleFailures)
            {
                Console.Error.WriteLine($"goallint: rule {failure.RuleId} ({failure.DefinedIn}) failed: {failure.Message}");
            }

            var gate = parse.GetValue(failOn) ?? rules.FailOn ?? FailOn.Error;
            return result.RuleFailures.Count > 0 ? ExitCodes.ConfigurationError
                : Gate.Fails(result.Findings, gate, parse.GetValue(maxWarnings) ?? rules.MaxWarnings) ? ExitCodes.FindingsOverThreshold
                : ExitCodes.Clean;
        });
        return command;
    }
}
