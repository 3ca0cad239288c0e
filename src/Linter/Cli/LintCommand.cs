using System.CommandLine;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;
using GoalLint.Report;
using GoalLint.Report.Baseline;
using GoalLint.Report.Text;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint lint PATH... [--profile NAME] [--config FILE] [--format F] [--output FILE] [--report F=FILE]... [--baseline FILE] [--waivers FILE] [--fail-on S] [--max-warnings N] [--timing]</c>:
/// checks every table and reports findings; the exit code is the CI gate (see <see cref="ExitCodes"/>).
/// Standard output holds only the report; progress (on a terminal) and timings go to standard error.
/// </summary>
public static class LintCommand
{
    public static Command Create()
    {
        var inputs = new InputArguments();
        var ruleSet = new RuleSetArguments();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportFormats.All.Keys.Order()]);
        var output = CommonOptions.Output();
        var failOn = new Option<FailOn?>("--fail-on")
        {
            Description = "Lowest severity that fails the run with exit code 1; none: findings alone never fail it (default: error, or the config's fail-on).",
            HelpName = "error|warning|info|none",
        };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Also fail the run (exit code 1) when there are more than N warnings, waived ones not counted.", HelpName = "N" };
        maxWarnings.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, out var max) && max < 0)
            {
                r.AddError("--max-warnings must be 0 or more.");
            }
        });
        var timing = new Option<bool>("--timing") { Description = "After the run, print the slowest rules to standard error." };
        var command = new Command("lint", "Check tables against the rule pack and report findings.") { format, output, failOn, maxWarnings, timing };
        inputs.AddTo(command);
        ruleSet.AddTo(command);
        var reports = new ReportOptions();
        reports.AddTo(command);
        command.SetAction(parse =>
        {
            reports.UseLanguage(parse);
            if (reports.Targets(parse) is not { } targets)
            {
                return ExitCodes.UsageError;
            }

            if (CommonOptions.LoadRules(ruleSet.Read(parse, inputs.Given(parse))) is not { } rules)
            {
                return ExitCodes.ConfigurationError;
            }

            if (inputs.Files(parse, rules.Exclude) is not { } files)
            {
                return ExitCodes.UsageError;
            }

            var gate = parse.GetValue(failOn) ?? rules.FailOn ?? FailOn.Error;
            LintResult result;
            Triage triage;
            int exitCode;
            try
            {
                (result, triage) = reports.Sift(parse, ProgressiveLint.Run(files, rules, TerminalProgress.ForConsole()), rules.Baseline);
                exitCode = result.RuleFailures.Count > 0 ? ExitCodes.ConfigurationError
                    : Gate.Fails(triage.Gated(result.Findings), gate, parse.GetValue(maxWarnings) ?? rules.MaxWarnings) ? ExitCodes.FindingsOverThreshold
                    : ExitCodes.Clean;
                CommonOptions.Write(parse.GetValue(output), reports.Render(parse, ReportFormats.All[parse.GetValue(format)!], result, triage, gate, exitCode));
                foreach (var (target, file) in targets)
                {
                    CommonOptions.Write(file, reports.Render(parse, target, result, triage, gate, exitCode));
                }
            }
            catch (ConfigurationException ex)
            {
                CommonOptions.PrintErrors(ex);
                return ExitCodes.ConfigurationError;
            }

            if (parse.GetValue(timing))
            {
                Console.Error.Write(TimingTable.Render(result.Timings));
            }

            CommonOptions.ReportRuleFailures(result);
            return exitCode;
        });
        return command;
    }
}
