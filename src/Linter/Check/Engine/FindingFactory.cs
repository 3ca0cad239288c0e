using System.Security.Cryptography;
using System.Text;
using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Check.Engine;

/// <summary>Turns what a check reported into a finding: renders the rule's templates and computes the fingerprint.</summary>
public static class FindingFactory
{
    /// <summary>The id of the engine's own finding for a rule that could not finish on a table or a file.</summary>
    public const string RuleFailedId = "rule-failed";

    public static Finding Create(ConfiguredRule configured, ReportedIssue issue)
    {
        var rule = configured.Rule;
        issue = Bounded(issue);
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
            Table = Reference(issue.Table),
            Indicator = issue.Indicator is { } i ? IndicatorReference.From(i) : null,
            Related = issue.Related ?? [],
            HelpUri = rule.HelpUri,
            Provenance = configured.Provenance,
            Fingerprint = Fingerprint(rule.Id, issue),
        };
    }

    /// <summary>
    /// A rule that threw on a table (or, run-scoped, on the run), or spent its budget on a file: a
    /// located <c>structure</c> finding naming the rule and what stopped it, so the reviewer knows
    /// that table lacks the rule's checks. <paramref name="table"/> null means the file as a whole.
    /// </summary>
    public static Finding RuleFailed(ConfiguredRule failed, PerformanceDocument document, PerformanceTable? table, string cause, string detail)
    {
        var at = table?.At ?? document.Tables.FirstOrDefault()?.At ?? new SourceLocation(1, 1);
        var issue = new ReportedIssue(document, table, at, $"{failed.Rule.Id}: {cause}");
        return new Finding
        {
            RuleId = RuleFailedId,
            Category = "structure",
            Severity = Severity.Warning,
            Message = Message.Of(table is null ? "check.rule-failed.file" : "check.rule-failed.table", ("rule", failed.Rule.Id), ("cause", cause), ("detail", FindingLimits.Excerpt(detail, FindingLimits.FailureMessageChars))).ToString(),
            Suggestion = MessageCatalogue.Text("check.rule-failed.suggestion"),
            Evidence = issue.Evidence,
            File = document.Path,
            At = at,
            Table = Reference(table),
            HelpUri = failed.Rule.HelpUri,
            Provenance = failed.Provenance,
            Fingerprint = Fingerprint(RuleFailedId, issue),
        };
    }

    /// <summary>The one finding that stands for the findings past <see cref="FindingLimits.PerRulePerFile"/>: placed after the last one listed.</summary>
    public static Finding MoreOfTheSame(ConfiguredRule configured, Finding last, int more) => last with
    {
        Message = Message.Of("check.more-of-the-same", ("more", more), ("rule", configured.Rule.Id), ("cap", FindingLimits.PerRulePerFile)).ToString(),
        Suggestion = null,
        Evidence = $"+{more}",
        Indicator = null,
        Fingerprint = Fingerprint(configured.Rule.Id, new ReportedIssue(new PerformanceDocument { Path = last.File }, null, last.At, "more-of-the-same")),
    };

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

    private static TableReference? Reference(PerformanceTable? t) =>
        t is null ? null : new TableReference(t.Index, t.Kind, t.Header.ProjectName?.Text, t.Header.ProjectCode?.Text, t.At.Line);

    /// <summary>Evidence is an excerpt: a check that quotes a whole row must not make every finding (and its fingerprint) cost the row.</summary>
    private static ReportedIssue Bounded(ReportedIssue issue) =>
        issue.Evidence.Length <= FindingLimits.EvidenceChars ? issue : issue with { Evidence = FindingLimits.Excerpt(issue.Evidence, FindingLimits.EvidenceChars) };

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
