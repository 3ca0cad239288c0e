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
            try
            {
                (result, triage) = reports.Sift(parse, ProgressiveLint.Run(files, rules, TerminalProgress.ForConsole()), rules.Baseline);
            }
            catch (ConfigurationException ex)
            {
                CommonOptions.PrintErrors(ex);
                return ExitCodes.ConfigurationError;
            }

            // Each output on its own: a template that fails or a report that cannot be written is
            // named, and every other output is still written.
            var outputs = new List<(IReportFormat Format, FileInfo? File)> { (ReportFormats.All[parse.GetValue(format)!], parse.GetValue(output)) };
            outputs.AddRange(targets.Select(t => (t.Format, (FileInfo?)t.File)));
            var failures = outputs.Select(o => WriteOutput(o.File, stream => reports.Write(parse, o.Format, result, triage, gate, stream), o.Format.Name)).ToArray();
            var failed = failures.Contains(ExitCodes.ConfigurationError) ? ExitCodes.ConfigurationError : failures.Max();

            if (parse.GetValue(timing))
            {
                Console.Error.Write(TimingTable.Render(result.Timings));
            }

            CommonOptions.ReportRuleFailures(result);
            return failed != 0 ? failed
                : Gate.Fails(triage.Gated(result.Findings), gate, parse.GetValue(maxWarnings) ?? rules.MaxWarnings) ? ExitCodes.FindingsOverThreshold
                : ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>Writes one output; 0 when it was written, else the exit code that says what failed (after printing it).</summary>
    private static int WriteOutput(FileInfo? file, Action<Stream> write, string format)
    {
        try
        {
            CommonOptions.Write(file, write);
            return 0;
        }
        catch (ConfigurationException ex)
        {
            CommonOptions.PrintErrors(ex);
            return ExitCodes.ConfigurationError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"goallint: error: the {format} report {file?.ToString() ?? "(standard output)"} could not be written: {ex.Message}");
            return ExitCodes.OutputError;
        }
    }
}
