using GoalLint.Shared.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Report.Json;

/// <summary>
/// The versioned JSON of <c>goallint lint --format json</c>, read by CI gates and the other
/// reports; its JSON Schema is schemas/findings.schema.json.
/// </summary>
/// <param name="SchemaVersion">MAJOR.MINOR version of this format; a reader refuses an unknown major version.</param>
/// <param name="Tool">The GoalLint that wrote this output.</param>
/// <param name="Profile">The rule layers applied, in order: pack, profiles, config.</param>
/// <param name="Summary">Counts of files, tables and findings.</param>
/// <param name="Files">One entry per input file, in path order.</param>
/// <param name="Findings">Every finding, in file and line order.</param>
/// <param name="RuleFailures">Rules that failed to run (script error, time limit); their checks are missing from the findings.</param>
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
/// <param name="Files">Input files read.</param>
/// <param name="Tables">Tables found in them.</param>
/// <param name="Findings">Findings reported.</param>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="Infos">Findings of severity info.</param>
/// <param name="ByCategory">Finding count per category.</param>
public sealed record LintSummary(int Files, int Tables, int Findings, int Errors, int Warnings, int Infos, IReadOnlyDictionary<string, int> ByCategory)
{
    public static LintSummary For(LintResult r) => new(
        r.Documents.Count, r.TableCount, r.Findings.Count, r.Count(Severity.Error), r.Count(Severity.Warning), r.Count(Severity.Info),
        r.Findings.GroupBy(f => f.Category).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
}

/// <summary>One input file as read.</summary>
/// <param name="Path">The file, as given on the command line.</param>
/// <param name="Format">The physical format detected from the content.</param>
/// <param name="Encoding">The text encoding detected from the content.</param>
/// <param name="Layout">The layout family detected from the content.</param>
/// <param name="Tables">Tables found.</param>
/// <param name="Indicators">三级指标 rows found, over all its tables.</param>
public sealed record FileSummary(string Path, SourceFormat Format, string Encoding, LayoutFamily Layout, int Tables, int Indicators);
