using System.Text;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;

namespace GoalLint.Report.Text;

/// <summary>
/// The console format, one finding per line as compilers print them
/// (<c>path(line,col): warning vague-value: message</c>), the suggestion indented below, and a
/// summary line counting new findings by severity and baselined and waived ones apart. A waived
/// finding says <c>waived</c> where the severity stands, so neither a reader nor a CI problem
/// matcher takes it for an error. Baselined findings are counted, not listed.
/// </summary>
/// <param name="color">ANSI colours for a terminal (severity, rule id, summary).</param>
/// <param name="quiet">No summary line: only the findings (lint --quiet).</param>
public sealed class TextFormat(bool color, bool quiet) : Baseline.ITriagedFormat
{
    public TextFormat()
        : this(color: false, quiet: false)
    {
    }

    public string Name => "text";

    public string Extension => ".txt";

    public string Render(LintResult result) => Render(result, Baseline.Triage.None);

    public string Render(LintResult result, Baseline.Triage triage)
    {
        var sb = new StringBuilder();
        foreach (var f in result.Findings)
        {
            var label = f.State == FindingState.Waived ? Paint("waived", Dim) : Paint(Label(f.Severity), SeverityColour(f.Severity));
            sb.Append(Visible(f.File)).Append('(').Append(Visible(Where(f))).Append("): ")
                .Append(label).Append(' ').Append(Paint(f.RuleId, Dim)).Append(": ").AppendLine(Visible(f.Message));
            if (f.Waiver is { } waiver)
            {
                sb.Append("    waived until ").Append(waiver.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" by ").Append(Visible(waiver.ApprovedBy)).Append(": ").AppendLine(Visible(waiver.Justification));
            }
            else if (f.Suggestion is { Length: > 0 } suggestion)
            {
                sb.Append("    → ").AppendLine(Visible(suggestion));
            }
        }

        foreach (var failure in result.RuleFailures)
        {
            sb.Append(Visible(failure.DefinedIn)).Append(": ").Append(Paint("error", Red)).Append(": rule ").Append(failure.RuleId).Append(" failed: ").AppendLine(Visible(failure.Message));
        }

        if (!quiet)
        {
            sb.Append(Paint(Summary(result, triage), Bold));
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>"3 files, 5 tables: 1 errors, 4 warnings, 0 info (5 new, 2 baselined, 1 waived)": severities count new findings only.</summary>
    public static string Summary(LintResult result, Baseline.Triage triage)
    {
        var fresh = result.Findings.Where(f => f.State == FindingState.New).ToArray();
        var waived = result.Findings.Count - fresh.Length;
        return $"{result.Documents.Count} files, {result.TableCount} tables: "
            + $"{fresh.Count(f => f.Severity == Severity.Error)} errors, {fresh.Count(f => f.Severity == Severity.Warning)} warnings, {fresh.Count(f => f.Severity == Severity.Info)} info "
            + $"({fresh.Length} new, {triage.Baselined} baselined, {waived} waived"
            + (triage.Unused.Count > 0 ? $"; {triage.Unused.Count} unused waivers" : "") + ")";
    }

    private const string Red = "\e[31;1m";
    private const string Yellow = "\e[33m";
    private const string Cyan = "\e[36m";
    private const string Dim = "\e[2m";
    private const string Bold = "\e[1m";

    private static string Label(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private static string Visible(string text) => InertText.Visible(text);

    private static string Where(Finding f) => f.At.Cell is not null ? $"{f.At.Sheet}!{f.At.Cell}" : $"{f.At.Line},{f.At.Column}";

    private string Paint(string text, string colour) => color ? colour + text + "\e[0m" : text;
}
