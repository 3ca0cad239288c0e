using System.Security.Cryptography;
using System.Text;
using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>Turns what a check reported into a finding: renders the rule's templates and computes the fingerprint.</summary>
public static class FindingFactory
{
    public static Finding Create(ConfiguredRule configured, ReportedIssue issue)
    {
        var rule = configured.Rule;
        var values = Values(issue);
        return new Finding
        {
            RuleId = rule.Id,
            Category = rule.Category.Name,
            Severity = configured.Severity,
            Message = rule.Message.Render(values),
            Suggestion = rule.Suggestion?.Render(values),
            Evidence = issue.Evidence,
            File = issue.Document.Path,
            At = issue.At,
            Table = issue.Table is { } t ? new TableReference(t.Index, t.Kind, t.Header.ProjectName?.Text, t.Header.ProjectCode?.Text, t.At.Line) : null,
            Indicator = issue.Indicator is { } i ? IndicatorReference.From(i) : null,
            Related = issue.Related ?? [],
            HelpUri = Path.ChangeExtension(rule.DefinedIn, ".md"),
            Provenance = configured.Provenance,
            Fingerprint = Fingerprint(rule.Id, issue),
        };
    }

    /// <summary>
    /// Rule, file, project, indicator and evidence, but not the line: a finding keeps its
    /// fingerprint when rows above it are added, so baselines and waivers survive edits.
    /// </summary>
    public static string Fingerprint(string ruleId, ReportedIssue issue)
    {
        var key = string.Join('\u001f', ruleId, issue.Document.Path.Replace('\\', '/'), issue.Table?.Header.ProjectName?.Text ?? issue.Table?.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            issue.Indicator?.Path ?? "", issue.Evidence);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }

    private static Dictionary<string, string> Values(ReportedIssue issue)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["evidence"] = issue.Evidence,
            ["indicator"] = issue.Indicator?.Path ?? "",
            ["name"] = issue.Indicator?.Name?.Text ?? "",
            ["level1"] = issue.Indicator?.Level1?.Text ?? "",
            ["level2"] = issue.Indicator?.Level2?.Text ?? "",
            ["project"] = issue.Table?.Header.ProjectName?.Text ?? issue.Table?.Title?.Text ?? "",
        };
        foreach (var (key, value) in issue.Values ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return values;
    }
}
