using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Report.Json;

/// <summary>
/// The versioned JSON of <c>goallint lint --format json</c>, read by CI gates and the other
/// reports; its JSON Schema is schemas/findings.schema.json.
/// </summary>
public sealed record LintOutput(
    string SchemaVersion,
    ToolInfo Tool,
    IReadOnlyList<string> Profile,
    LintSummary Summary,
    IReadOnlyList<FileSummary> Files,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleFailure> RuleFailures)
{
    /// <summary>Bumped on any change of shape; minor for additions, major for removals or renames.</summary>
    public const string CurrentSchemaVersion = "1.0";

    public static LintOutput For(LintResult result) => new(
        CurrentSchemaVersion,
        ToolInfo.Current,
        result.Rules.Layers,
        LintSummary.For(result),
        result.Documents.Select(d => new FileSummary(d.Path, d.Format, d.Encoding, d.Layout, d.Tables.Count, d.Tables.Sum(t => t.Indicators.Count))).ToArray(),
        result.Findings,
        result.RuleFailures);
}

/// <summary>Counts by severity and by category.</summary>
public sealed record LintSummary(int Files, int Tables, int Findings, int Errors, int Warnings, int Infos, IReadOnlyDictionary<string, int> ByCategory)
{
    public static LintSummary For(LintResult r) => new(
        r.Documents.Count, r.TableCount, r.Findings.Count, r.Count(Severity.Error), r.Count(Severity.Warning), r.Count(Severity.Info),
        r.Findings.GroupBy(f => f.Category).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
}

/// <summary>One input file as read.</summary>
public sealed record FileSummary(string Path, SourceFormat Format, string Encoding, LayoutFamily Layout, int Tables, int Indicators);
