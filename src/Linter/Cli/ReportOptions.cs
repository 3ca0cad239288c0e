using System.CommandLine;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Report;
using GoalLint.Report.Baseline;
using GoalLint.Report.Junit;
using GoalLint.Report.Templates;

namespace GoalLint.Cli;

/// <summary>
/// The report options of <c>lint</c>: extra outputs (<c>--report</c>, repeatable, so one CI run
/// writes SARIF, JUnit and a Markdown summary), a user template, baselines and waivers.
/// </summary>
public sealed class ReportOptions
{
    public Option<string[]> Reports { get; } = new("--report", "-r")
    {
        Description = "Also write a report: FORMAT=FILE, or FILE with the format taken from its extension (.md, .html, .sarif, .xml, .json, .txt). Repeatable.",
    };

    public Option<FileInfo?> Template { get; } = new("--template") { Description = "Render the markdown and html reports with this Scriban template instead of the shipped one." };

    public Option<FileInfo?> Baseline { get; } = new("--baseline") { Description = "Leave out findings this baseline lists (default: the config's baseline); they are counted as baselined." };

    public Option<FileInfo?> WriteBaseline { get; } = new("--write-baseline") { Description = "Write every current finding's fingerprint to this file, for review and later --baseline runs." };

    public Option<FileInfo?> Waivers { get; } = new("--waivers") { Description = "Waiver file: findings it accepts (until each waiver expires) stay in reports but leave the gate." };

    public void AddTo(Command command)
    {
        command.Options.Add(Reports);
        command.Options.Add(Template);
        command.Options.Add(Baseline);
        command.Options.Add(WriteBaseline);
        command.Options.Add(Waivers);
    }

    /// <summary>Each extra report as (format, file); null after printing why when one is malformed or the template is missing.</summary>
    public IReadOnlyList<(IReportFormat Format, FileInfo File)>? Targets(ParseResult parse)
    {
        if (parse.GetValue(Template) is { Exists: false } template)
        {
            Console.Error.WriteLine($"goallint: no such template: {template}");
            return null;
        }

        var targets = new List<(IReportFormat, FileInfo)>();
        foreach (var spec in parse.GetValue(Reports) ?? [])
        {
            var eq = spec.IndexOf('=', StringComparison.Ordinal);
            var (name, file) = eq > 0 ? (spec[..eq], spec[(eq + 1)..]) : (null, spec);
            var format = name is not null ? ReportFormats.All.GetValueOrDefault(name)
                : ReportFormats.All.Values.FirstOrDefault(f => string.Equals(f.Extension, Path.GetExtension(file), StringComparison.OrdinalIgnoreCase));
            if (format is null || file.Length == 0)
            {
                Console.Error.WriteLine($"goallint: --report {spec}: use FORMAT=FILE with FORMAT one of {string.Join(", ", ReportFormats.All.Keys.Order())}, or a file ending in {string.Join(", ", ReportFormats.All.Values.Select(f => f.Extension).Order())}");
                return null;
            }

            targets.Add((format, new FileInfo(file)));
        }

        return targets;
    }

    /// <summary>
    /// Writes the baseline if asked, leaves out what the baseline (given or configured) lists, and
    /// matches waivers still holding today. Throws a ConfigurationException for an unreadable file.
    /// </summary>
    public (LintResult Result, Triage Triage) Sift(ParseResult parse, LintResult result, string? configuredBaseline)
    {
        if (parse.GetValue(WriteBaseline) is { } write)
        {
            BaselineFile.For(result.Findings).Write(write.FullName);
        }

        var (findings, baselined) = (parse.GetValue(Baseline)?.FullName ?? configuredBaseline) is { } baseline
            ? BaselineFile.Read(baseline, Display(baseline)).Apply(result.Findings)
            : (result.Findings, 0);
        var waivers = parse.GetValue(Waivers) is { } file ? WaiverFile.Read(file.FullName, Display(file.FullName)).Waivers : [];
        return (result with { Findings = findings }, Triage.For(findings, baselined, waivers, DateOnly.FromDateTime(DateTime.Now)));
    }

    /// <summary>Renders one format as this run configured it: the gate for JUnit, the user's template, baselines and waivers.</summary>
    public string Render(ParseResult parse, IReportFormat format, LintResult result, Triage triage, FailOn gate)
    {
        var template = parse.GetValue(Template)?.FullName;
        var configured = format switch
        {
            TemplateFormat t when template is not null => t.WithTemplate(template),
            JunitFormat => new JunitFormat(gate),
            _ => format,
        };
        return configured is ITriagedFormat triaged ? triaged.Render(result, triage) : configured.Render(result);
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
