using System.Text;
using GoalLint.Model;
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
        using var text = new StringWriter();
        Write(text, result, triage);
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Streams the report into <paramref name="output"/> as the findings are read (the same text as <see cref="Render(LintResult, Baseline.Triage)"/>, then a line break).</summary>
    public void Write(LintResult result, Baseline.Triage triage, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        Write(writer, result, triage);

        // Each line ends in a line break; the summary line does not.
        if (!quiet || result.Findings.Count + result.RuleFailures.Count + result.Rules.ConfigNotes.Count == 0)
        {
            writer.Write('\n');
        }
    }

    private void Write(TextWriter output, LintResult result, Baseline.Triage triage)
    {
        // Straight into the writer: the stream writer buffers, and a run's findings are read back from disk as they are written.
        foreach (var f in result.Findings)
        {
            var label = f.State == FindingState.Waived ? Paint("waived", Dim) : Paint(Label(f.Severity), SeverityColour(f.Severity));
            output.WriteLine($"{LineStart(Visible(f.File))}({Visible(Where(f.At))}): {label} {Paint(f.RuleId, Dim)}: {Visible(f.Message)}");
            if (f.Waiver is { } waiver)
            {
                var expires = waiver.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                output.WriteLine($"    waived until {expires} by {Visible(waiver.ApprovedBy)}: {Visible(waiver.Justification)}");
            }
            else if (f.Suggestion is { Length: > 0 } suggestion)
            {
                output.WriteLine($"    → {Visible(suggestion)}");
            }

            foreach (var related in f.Related)
            {
                output.WriteLine($"    ↳ {Visible(related.File)}({Visible(Where(related.At))}): {Visible(related.Message)}");
            }
        }

        foreach (var failure in result.RuleFailures)
        {
            output.WriteLine($"{Visible(failure.DefinedIn)}: {Paint("error", Red)}: rule {failure.RuleId} failed: {Visible(failure.Message)}");
        }

        foreach (var notice in result.Rules.ConfigNotes)
        {
            output.WriteLine($"{LineStart(Visible(notice.File))}({notice.Line},{notice.Column}): note: {notice.Setting}: {Visible(notice.Message)}");
        }

        if (!quiet)
        {
            output.Write(Paint(Summary(result, triage), Bold));
        }
    }

    /// <summary>"3 files, 5 tables: 1 errors, 4 warnings, 0 info (5 new, 2 baselined, 1 waived)": severities count new findings only.</summary>
    public static string Summary(LintResult result, Baseline.Triage triage)
    {
        // One pass: a run's findings are read back from disk.
        var (listed, bySeverity) = (0, new int[3]);
        foreach (var f in result.Findings)
        {
            listed++;
            bySeverity[(int)f.Severity] += f.State == FindingState.New ? 1 : 0;
        }

        var fresh = bySeverity.Sum();
        return $"{result.Documents.Count} files, {result.TableCount} tables: "
            + $"{bySeverity[(int)Severity.Error]} errors, {bySeverity[(int)Severity.Warning]} warnings, {bySeverity[(int)Severity.Info]} info "
            + $"({fresh} new, {triage.Baselined} baselined, {listed - fresh} waived"
            + (triage.Unused.Count > 0 ? $"; unused waivers: {triage.Unused.Count}" : "") + ")";
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

    /// <summary>Shown, not acted on, and on one line: a line break in a cell would let the next line pose as a CI log command (<c>::error::</c>).</summary>
    private static string Visible(string text) =>
        InertText.Visible(text.Replace("\r\n", " ⏎ ", StringComparison.Ordinal).Replace('\r', '⏎').Replace('\n', '⏎'));

    /// <summary>A file named <c>::add-mask::…</c> must not start a line a CI runner reads as a command.</summary>
    private static string LineStart(string path) => path.StartsWith("::", StringComparison.Ordinal) ? "./" + path : path;

    private static string Where(SourceLocation at) => at.Cell is not null ? $"{at.Sheet}!{at.Cell}" : $"{at.Line},{at.Column}";

    private string Paint(string text, string colour) => color ? colour + text + "\e[0m" : text;
}
