using System.Text;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;

namespace GoalLint.Report.Text;

/// <summary>
/// The console format, one finding per line as compilers print them
/// (<c>path(line,col): warning vague-value: message</c>), the evidence and suggestion indented below.
/// </summary>
public sealed class TextFormat : IReportFormat
{
    public string Name => "text";

    public string Extension => ".txt";

    public string Render(LintResult result)
    {
        var sb = new StringBuilder();
        foreach (var f in result.Findings)
        {
            sb.Append(LineStart(f.File)).Append('(').Append(Where(f)).Append("): ")
                .Append(f.Severity.ToString().ToLowerInvariant()).Append(' ').Append(f.RuleId).Append(": ").AppendLine(OneLine(f.Message));
            if (f.Suggestion is { Length: > 0 } suggestion)
            {
                sb.Append("    → ").AppendLine(OneLine(suggestion));
            }
        }

        foreach (var failure in result.RuleFailures)
        {
            sb.Append(failure.DefinedIn).Append(": error: rule ").Append(failure.RuleId).Append(" failed: ").AppendLine(failure.Message);
        }

        foreach (var notice in result.Rules.ConfigNotes)
        {
            sb.Append(LineStart(notice.File)).Append('(').Append(notice.Line).Append(',').Append(notice.Column).Append("): note: ").Append(notice.Setting).Append(": ").AppendLine(notice.Message);
        }

        sb.Append(result.Documents.Count).Append(" files, ").Append(result.TableCount).Append(" tables: ")
            .Append(result.Count(Severity.Error)).Append(" errors, ")
            .Append(result.Count(Severity.Warning)).Append(" warnings, ")
            .Append(result.Count(Severity.Info)).Append(" info");
        return InertText.Visible(sb.ToString());
    }

    /// <summary>A finding is one line: a line break in a cell would let the next line pose as a CI log command (<c>::error::</c>).</summary>
    private static string OneLine(string text) => text.Replace("\r\n", " ⏎ ", StringComparison.Ordinal).Replace('\r', '⏎').Replace('\n', '⏎');

    /// <summary>A file named <c>::add-mask::…</c> must not start a line a CI runner reads as a command.</summary>
    private static string LineStart(string path) => path.StartsWith("::", StringComparison.Ordinal) ? "./" + path : path;

    private static string Where(Finding f) => f.At.Cell is not null ? $"{f.At.Sheet}!{f.At.Cell}" : $"{f.At.Line},{f.At.Column}";
}
