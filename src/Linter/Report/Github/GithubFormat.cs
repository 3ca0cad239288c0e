using System.Text;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Github;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=RULE::message</c>): printed
/// in a workflow step, each finding becomes an annotation on the pull request. Info findings and
/// waived findings are notices, so they stay visible without looking like failures. Spreadsheet
/// lines mean nothing in a diff view, so a cell finding annotates the file and names Sheet!A1 in
/// its message.
/// </summary>
public sealed class GithubFormat : ITriagedFormat
{
    public string Name => "github";

    public string Extension => ".github.txt";

    public string Render(LintResult result) => Render(result, Triage.None);

    public string Render(LintResult result, Triage triage)
    {
        var sb = new StringBuilder();
        foreach (var finding in result.Findings)
        {
            var waiver = triage.WaiverFor(finding);
            sb.Append("::").Append(waiver is null ? Command(finding.Severity) : "notice")
                .Append(" file=").Append(Property(RepoPath.Relative(finding.File)));
            if (finding.At is { Cell: null, Line: > 0 } at)
            {
                sb.Append(",line=").Append(at.Line).Append(",col=").Append(at.Column);
            }

            sb.Append(",title=").Append(Property(finding.RuleId)).Append("::").Append(Data(Message(finding, waiver))).Append('\n');
        }

        return InertText.Visible(sb.ToString().TrimEnd('\n'));
    }

    public static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a message as the Actions runner expects (actions/toolkit escapeData).</summary>
    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as <see cref="Data"/>, plus the separators ':' and ','.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Message(Finding finding, Waiver? waiver)
    {
        var sb = new StringBuilder();
        if (finding.At.Cell is not null)
        {
            sb.Append(finding.At.Sheet).Append('!').Append(finding.At.Cell).Append(": ");
        }

        sb.Append(finding.Message);
        if (finding.Suggestion is { Length: > 0 } suggestion)
        {
            sb.Append("\n→ ").Append(suggestion);
        }

        if (waiver is not null)
        {
            sb.Append("\nwaived by ").Append(waiver.ApprovedBy).Append(" until ").Append(waiver.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Append(": ").Append(waiver.Justification);
        }

        return sb.ToString();
    }
}
