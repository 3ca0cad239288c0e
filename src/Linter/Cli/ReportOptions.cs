using System.CommandLine;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Report;
using GoalLint.Report.Baseline;
using GoalLint.Report.Junit;
using GoalLint.Report.Sarif;
using GoalLint.Report.Templates;
using GoalLint.Shared.Messages;

namespace GoalLint.Cli;

/// <summary>
/// The report options of <c>lint</c>: extra outputs (<c>--report</c>, repeatable, so one CI run
/// writes SARIF, JUnit and a Markdown summary), a user template, baselines and waivers.
/// </summary>
public sealed class ReportOptions
{
    /// <summary>The key of a --template given without FORMAT=: it serves every templated format.</summary>
    private const string ForBoth = "";

    private static readonly HashSet<string> TemplatedFormats = ReportFormats.All.Values.OfType<TemplateFormat>().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    public Option<string[]> Reports { get; } = new("--report", "-r")
    {
        HelpName = "FORMAT=FILE",
        Description = "Also write a report: FORMAT=FILE, or FILE with the format taken from its extension (.md, .html, .sarif, .xml, .json, .txt). Repeatable.",
    };

    public Option<string[]> Template { get; } = new("--template")
    {
        HelpName = "[FORMAT=]FILE",
        Description = "Render a report with this Scriban template instead of the config's, the profile's or the shipped one: markdown=FILE or html=FILE, or FILE for both. Repeatable.",
    };

    public Option<FileInfo?> Baseline { get; } = new("--baseline") { Description = "Leave out findings this baseline lists (default: the config's baseline); they are counted as baselined.", HelpName = "FILE" };

    public Option<FileInfo?> WriteBaseline { get; } = new("--write-baseline") { Description = "Write every current finding's fingerprint to this file, for review and later --baseline runs.", HelpName = "FILE" };

    public Option<FileInfo?> Waivers { get; } = new("--waivers") { Description = "Waiver file: findings it accepts (until each waiver expires) stay in reports but leave the gate.", HelpName = "FILE" };

    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "Language of GoalLint's own messages, category names and rule titles: zh (default) or en.",
        DefaultValueFactory = _ => "zh",
    };

    public Option<string?> DocBase { get; } = new("--doc-base")
    {
        Description = "Link rule docs to this URL (PATTERN with {id} and {pack}, or a base that gets /PACK/ID.md) instead of the rule's section in the same report.",
        HelpName = "URL",
    };

    public Option<bool?> Redact { get; } = new("--redact")
    {
        Description = "Mask personal phone numbers, e-mails and ID numbers in every output (default: on for html, markdown, sarif and junit when the profile publishes its reports).",
    };

    public Option<UnusedWaivers?> ReportUnusedWaivers { get; } = CliValues.Choice<UnusedWaivers>("--report-unused-waivers",
        "List waivers that matched no finding or have expired on standard error: warn (default), error (also fails the run with exit code 1) or off.");

    public void AddTo(Command command)
    {
        command.Options.Add(Reports);
        command.Options.Add(Template);
        command.Options.Add(Baseline);
        command.Options.Add(WriteBaseline);
        command.Options.Add(Waivers);
        command.Options.Add(ReportUnusedWaivers);
        CliValues.OneOf(Lang, ["zh", "en"]);
        command.Options.Add(Lang);
        command.Options.Add(DocBase);
        command.Options.Add(Redact);
    }

    /// <summary>Sets the run's language from --lang; call before reading, so what the readers met is told in it.</summary>
    public void UseLanguage(ParseResult parse) => RunLanguage.Current = RunLanguage.Parse(parse.GetValue(Lang)) ?? Language.Zh;

    /// <summary>Each extra report as (format, file); null after printing why when one is malformed or a template is missing.</summary>
    public IReadOnlyList<(IReportFormat Format, FileInfo File)>? Targets(ParseResult parse)
    {
        if (ChosenTemplates(parse, print: true) is null)
        {
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
            : (result.Findings, Array.Empty<Finding>());
        var waivers = WaiverFile() is { } file ? Report.Baseline.WaiverFile.Read(file, Display(file)).Waivers : [];
        var triage = Triage.For(findings, baselined, waivers, DateOnly.FromDateTime(DateTime.Now));
        return (result with { Findings = triage.Mark(findings) }, triage);

        string? WaiverFile() => parse.GetValue(Waivers)?.FullName;
    }

    /// <summary>
    /// Prints each waiver that did nothing as <c>file: warning: waivers[i] …</c> on standard error,
    /// as --report-unused-waivers asks; true when they should fail the run.
    /// </summary>
    public bool ReportUnused(ParseResult parse, Triage triage)
    {
        var mode = parse.GetValue(ReportUnusedWaivers) ?? UnusedWaivers.Warn;
        if (mode == UnusedWaivers.Off || parse.GetValue(Waivers) is not { } file)
        {
            return false;
        }

        foreach (var unused in triage.Unused)
        {
            Console.Error.WriteLine($"{Display(file.FullName)}: {(mode == UnusedWaivers.Error ? "error" : "warning")}: {unused.Describe()}");
        }

        return mode == UnusedWaivers.Error && triage.Unused.Count > 0;
    }

    /// <summary>
    /// Writes one format as this run configured it: the gate for JUnit, baselines and waivers, and
    /// the template: --template, else the one the config or profile chain names for this format,
    /// else the shipped one in reports/.
    /// </summary>
    public void Write(ParseResult parse, IReportFormat format, LintResult result, Triage triage, FailOn gate, int exitCode, Stream output)
    {
        var chosen = ChosenTemplates(parse, print: false) ?? [];
        var template = chosen.GetValueOrDefault(format.Name) ?? chosen.GetValueOrDefault(ForBoth) ?? result.Rules.Templates.GetValueOrDefault(format.Name);
        var settings = new ReportSettings
        {
            DocBase = parse.GetValue(DocBase),
            ExitCode = exitCode,
            ExecutionSuccessful = exitCode is ExitCodes.Clean or ExitCodes.FindingsOverThreshold,
        };
        var configured = format switch
        {
            TemplateFormat t => t.With(template, settings),
            JunitFormat => new JunitFormat(gate),
            SarifFormat => new SarifFormat(settings),
            _ => format,
        };
        var redact = parse.GetValue(Redact) ?? (result.Rules.ReportsPublished && Redaction.PublishedFormats.Contains(format.Name));
        if (redact)
        {
            // Redaction works on the text; a redacted report is rendered whole, then written.
            var text = configured is ITriagedFormat t2 ? t2.Render(result, triage) : configured.Render(result);
            IReportFormat.WriteText(output, Redaction.Apply(text));
        }
        else if (configured is ITriagedFormat triaged)
        {
            triaged.Write(result, triage, output);
        }
        else
        {
            configured.Write(result, output);
        }
    }

    /// <summary>
    /// The --template files (full paths) by format name, a bare FILE under <see cref="ForBoth"/>;
    /// null when one does not exist. The prefix before '=' counts only when it names a templated
    /// format, so a path holding '=' still works.
    /// </summary>
    private Dictionary<string, string>? ChosenTemplates(ParseResult parse, bool print)
    {
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in parse.GetValue(Template) ?? [])
        {
            var eq = spec.IndexOf('=', StringComparison.Ordinal);
            var (format, file) = eq > 0 && TemplatedFormats.Contains(spec[..eq]) ? (spec[..eq], spec[(eq + 1)..]) : (ForBoth, spec);
            if (!File.Exists(file))
            {
                if (print)
                {
                    Console.Error.WriteLine($"goallint: --template {spec}: no such template: {file}");
                }

                return null;
            }

            chosen[format] = Path.GetFullPath(file);
        }

        return chosen;
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
