using System.CommandLine;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;
using GoalLint.Ingest;
using GoalLint.Report;
using GoalLint.Report.Baseline;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint lint PATH... [--profile NAME] [--config FILE] [--format F] [--output FILE] [--report F=FILE]... [--baseline FILE] [--waivers FILE] [--fail-on S]</c>:
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
        var reports = new ReportOptions();
        reports.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var (files, missing) = InputFiles.Expand(inputs);
            if (CommonOptions.ReportMissing(missing) || reports.Targets(parse) is not { } targets)
            {
                return ExitCodes.UsageError;
            }

            if (CommonOptions.LoadRules(ruleSet.Read(parse, inputs)) is not { } rules)
            {
                return ExitCodes.ConfigurationError;
            }

            var gate = parse.GetValue(failOn) ?? rules.FailOn ?? FailOn.Error;
            LintResult result;
            Triage triage;
            try
            {
                (result, triage) = reports.Sift(parse, LintPipeline.Lint(files, rules), rules.Baseline);
                CommonOptions.Write(parse.GetValue(output), reports.Render(parse, ReportFormats.All[parse.GetValue(format)!], result, triage, gate));
                foreach (var (target, file) in targets)
                {
                    CommonOptions.Write(file, reports.Render(parse, target, result, triage, gate));
                }
            }
            catch (ConfigurationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    Console.Error.WriteLine(error);
                }

                return ExitCodes.ConfigurationError;
            }

            foreach (var failure in result.RuleFailures)
            {
                Console.Error.WriteLine($"goallint: rule {failure.RuleId} ({failure.DefinedIn}) failed: {failure.Message}");
            }

            return result.RuleFailures.Count > 0 ? ExitCodes.ConfigurationError
                : Gate.Fails(triage.Gated(result.Findings), gate, parse.GetValue(maxWarnings) ?? rules.MaxWarnings) ? ExitCodes.FindingsOverThreshold
                : ExitCodes.Clean;
        });
        return command;
    }
}
