using GoalLint.Shared.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;
using GoalLint.Report.Baseline;

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
/// <param name="Findings">Every finding, in file and line order: new, waived and baselined ones, each with its state.</param>
/// <param name="RuleFailures">Rules that failed on some tables or files (an error, the time limit, the budget per file); each such table or file carries a rule-failed finding, and the rule ran on the others.</param>
/// <param name="UnusedWaivers">Waivers that matched no finding of this run or have expired.</param>
public sealed record LintOutput(
    string SchemaVersion,
    ToolInfo Tool,
    IReadOnlyList<string> Profile,
    LintSummary Summary,
    IReadOnlyList<FileSummary> Files,
    IEnumerable<Finding> Findings,
    IReadOnlyList<RuleFailure> RuleFailures,
    IReadOnlyList<UnusedWaiverEntry> UnusedWaivers)
{
    /// <summary>Bumped on any change of shape; minor for additions, major for removals or renames.</summary>
    public const string CurrentSchemaVersion = "1.2";

    public static LintOutput For(LintResult result, Triage triage) => new(
        CurrentSchemaVersion,
        ToolInfo.Current,
        result.Rules.Layers,
        LintSummary.For(result, triage),
        result.Documents.Select(d => new FileSummary(d.Path, d.Format, d.Encoding, d.Layout, d.TableCount, d.IndicatorCount)).ToArray(),
        ListedFindings.InFileOrder(result.Findings, triage.BaselinedFindings),
        result.RuleFailures,
        triage.Unused.Select(u => new UnusedWaiverEntry(u.Index, u.Waiver.Fingerprint, u.Reason == UnusedReason.Expired ? "expired" : "matched-nothing", u.Describe())).ToArray());
}

/// <summary>Counts by state, severity and category.</summary>
/// <param name="Files">Input files read.</param>
/// <param name="Tables">Tables found in them.</param>
/// <param name="Findings">Findings listed, whatever their state.</param>
/// <param name="New">Findings neither baselined nor waived: the ones the gate counts.</param>
/// <param name="Baselined">Findings the baseline lists.</param>
/// <param name="Waived">Findings a waiver accepts.</param>
/// <param name="UnusedWaivers">Waivers that matched no finding or have expired.</param>
/// <param name="Errors">New findings of severity error.</param>
/// <param name="Warnings">New findings of severity warning.</param>
/// <param name="Infos">New findings of severity info.</param>
/// <param name="ByCategory">New finding count per category.</param>
public sealed record LintSummary(int Files, int Tables, int Findings, int New, int Baselined, int Waived, int UnusedWaivers, int Errors, int Warnings, int Infos, IReadOnlyDictionary<string, int> ByCategory)
{
    /// <summary>
    /// Counted in one pass over the findings, or, for a run's findings as they are on disk, from the counts the
    /// spill kept as they were added (reading them back is the long part of writing a large run's report).
    /// </summary>
    public static LintSummary For(LintResult r, Triage triage)
    {
        if (r.Findings is FindingSpill spill)
        {
            var (news, severities, categories) = spill.NewCounts;
            return Of(r, triage, spill.Count, news, severities, categories);
        }

        var (listed, fresh, bySeverity) = (0, 0, new int[3]);
        var byCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in r.Findings)
        {
            listed++;
            if (f.State == FindingState.New)
            {
                fresh++;
                bySeverity[(int)f.Severity]++;
                byCategory[f.Category] = byCategory.GetValueOrDefault(f.Category) + 1;
            }
        }

        return Of(r, triage, listed, fresh, bySeverity, byCategory);
    }

    private static LintSummary Of(LintResult r, Triage triage, int listed, int fresh, int[] bySeverity, IReadOnlyDictionary<string, int> byCategory)
    {
        return new(
            r.Documents.Count, r.TableCount, listed + triage.Baselined, fresh, triage.Baselined, listed - fresh, triage.Unused.Count,
            bySeverity[(int)Severity.Error], bySeverity[(int)Severity.Warning], bySeverity[(int)Severity.Info],
            byCategory.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal));
    }
}

/// <summary>A waiver that did nothing in this run.</summary>
/// <param name="Index">Its position in the waiver file's list (waivers[index]), from 0.</param>
/// <param name="Fingerprint">The fingerprint it names.</param>
/// <param name="Reason">matched-nothing or expired.</param>
/// <param name="Message">What happened and what to do.</param>
public sealed record UnusedWaiverEntry(int Index, string Fingerprint, string Reason, string Message);

/// <summary>One input file as read.</summary>
/// <param name="Path">The file, as given on the command line.</param>
/// <param name="Format">The physical format detected from the content.</param>
/// <param name="Encoding">The text encoding detected from the content.</param>
/// <param name="Layout">The form detected from the content: an id from rules/vocabulary/forms.yaml (unknown when none matched).</param>
/// <param name="Tables">Tables found.</param>
/// <param name="Indicators">三级指标 rows found, over all its tables.</param>
public sealed record FileSummary(string Path, SourceFormat Format, string Encoding, string Layout, int Tables, int Indicators);
