using System.CommandLine;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;
using GoalLint.Report;
using GoalLint.Report.Baseline;
using GoalLint.Report.Sarif;
using GoalLint.Report.Text;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint lint PATH... [--profile NAME] [--config FILE] [--format F] [--output FILE] [--report F=FILE]... [--baseline FILE] [--waivers FILE] [--fail-on S] [--max-warnings N] [--quiet] [--color|--no-color] [--cache] [--timing]</c>:
/// checks every table and reports findings; the exit code is the CI gate (see <see cref="ExitCodes"/>).
/// Standard output holds only the report; progress (on a terminal), timings and notes on waivers go to standard error.
/// </summary>
public static class LintCommand
{
    public static Command Create()
    {
        var inputs = new InputArguments();
        var ruleSet = new RuleSetArguments();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        CliValues.OneOf(format, [.. ReportFormats.All.Keys.Order()]);
        var output = CommonOptions.Output();
        var failOn = CliValues.Choice<FailOn>("--fail-on", "Lowest severity that fails the run with exit code 1; none: findings alone never fail it (default: error, or the config's fail-on).");
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Also fail the run (exit code 1) when there are more than N warnings, waived ones not counted.", HelpName = "N" };
        maxWarnings.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, out var max) && max < 0)
            {
                r.AddError($"--max-warnings '{token.Value}': expected 0 or more");
            }
        });
        var timing = new Option<bool>("--timing") { Description = "After the run, print the slowest rules to standard error." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the findings that fail the gate: no warnings below --fail-on, no waived findings, no summary line, no progress." };
        var color = new Option<bool>("--color") { Description = "Colour the text output even when standard output is not a terminal." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text output (as NO_COLOR does)." };
        var cache = new Option<bool>("--cache") { Description = $"Keep what each file was read into in a cache file, so unchanged files are not parsed again (default location: {LintCache.DefaultFileName})." };
        var cacheLocation = new Option<FileInfo?>("--cache-location") { Description = $"The cache file --cache uses (default: {LintCache.DefaultFileName} in the current folder).", HelpName = "FILE" };
        var command = new Command("lint", "Check tables against the rule pack and report findings.") { format, output, failOn, maxWarnings, quiet, color, noColor, cache, cacheLocation, timing };
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

            var main = ReportFormats.All[parse.GetValue(format)!];
            var ahead = parse.GetValue(cache) ? null : ReadAhead.Start(inputs.Given(parse));
            RuleSet rules;
            try
            {
                rules = RuleSetBuilder.Build(ruleSet.Read(parse, inputs.Given(parse)));
            }
            catch (ConfigurationException ex)
            {
                return ConfigurationFailed(ex, main, parse.GetValue(output), targets);
            }

            if (ahead is not null)
            {
                rules.PrepareWhile(() => ahead.IsReading);
            }

            using var files = inputs.Files(parse, rules.Exclude);
            if (files is null)
            {
                return ExitCodes.UsageError;
            }

            var gate = parse.GetValue(failOn) ?? rules.FailOn ?? FailOn.Error;
            var isQuiet = parse.GetValue(quiet);
            var lintCache = parse.GetValue(cache) ? LintCache.Open(parse.GetValue(cacheLocation)?.FullName ?? Path.GetFullPath(LintCache.DefaultFileName), rules) : null;
            LintResult? run = null;
            LintResult result;
            Triage triage;
            try
            {
                run = ProgressiveLint.Run(files, rules, isQuiet ? null : TerminalProgress.ForConsole(), lintCache, IReportFormat.Detail([main, .. targets.Select(t => t.Format)]), ahead);
                (result, triage) = reports.Sift(parse, run, rules.Baseline);
                lintCache?.Save();
            }
            catch (ConfigurationException ex)
            {
                run?.Dispose();
                return ConfigurationFailed(ex, main, parse.GetValue(output), targets);
            }

            // The run's findings stay in its spill file until every output is written; disposing the run deletes it.
            using var spilled = run;

            // The gate's exit code is known before the outputs are written, so SARIF can record it.
            // A rule that failed on some tables left located rule-failed findings: the gate decides on those like any other.
            var unusedFail = reports.ReportUnused(parse, triage);
            var exitCode = Gate.Fails(triage.Gated(result.Findings), gate, parse.GetValue(maxWarnings) ?? rules.MaxWarnings) || unusedFail ? ExitCodes.FindingsOverThreshold
                : ExitCodes.Clean;

            // Each output on its own: a template that fails or a report that cannot be written is
            // named, and every other output is still written.
            var shown = isQuiet ? result with { Findings = new FindingStream(() => result.Findings.Where(f => f.State == FindingState.New && Gate.Reaches(f, gate))) } : result;
            var console = parse.GetValue(output) is null ? new TextFormat(Colour.ForConsole(parse.GetValue(color), parse.GetValue(noColor)), isQuiet) : new TextFormat(false, isQuiet);
            var outputs = new List<(IReportFormat Format, FileInfo? File, LintResult Shown)> { (main is TextFormat ? console : main, parse.GetValue(output), shown) };
            outputs.AddRange(targets.Select(t => (t.Format, (FileInfo?)t.File, result)));
            var failures = outputs.Select(o => WriteOutput(o.File, stream => reports.Write(parse, o.Format, o.Shown, triage, gate, exitCode, stream), o.Format.Name)).ToArray();
            var failed = failures.Contains(ExitCodes.ConfigurationError) ? ExitCodes.ConfigurationError : failures.Max();

            if (parse.GetValue(timing))
            {
                Console.Error.Write(TimingTable.Render(result.Timings));
            }

            CommonOptions.ReportRuleFailures(result);
            return failed != 0 ? failed : exitCode;
        });
        return command;
    }

    /// <summary>
    /// Prints each configuration error and still writes every SARIF the run was asked for, holding
    /// the errors as tool notifications, so a CI upload step that runs on failure finds its file.
    /// </summary>
    private static int ConfigurationFailed(ConfigurationException ex, IReportFormat main, FileInfo? output, IReadOnlyList<(IReportFormat Format, FileInfo File)> targets)
    {
        CommonOptions.PrintErrors(ex);
        var sarif = SarifConfigurationFailure.Render(ex.Errors, ExitCodes.ConfigurationError);
        if (main is SarifFormat)
        {
            CommonOptions.Write(output, sarif);
        }

        foreach (var (_, file) in targets.Where(t => t.Format is SarifFormat))
        {
            CommonOptions.Write(file, sarif);
        }

        return ExitCodes.ConfigurationError;
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
