using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;
using GoalLint.Report.Baseline;
using GoalLint.Report.Json;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Check;

/// <summary>
/// The run's findings on disk (<see cref="FindingSpill"/>): every field reads back exactly as it
/// was made, in report order whatever order the chunks were written in, the counts it keeps as
/// findings are added are the ones reading them back gives, and the run's temporary folder is gone
/// once the spill is disposed.
/// </summary>
public sealed class FindingSpillTests
{
    [Fact]
    public void Findings_read_back_exactly_and_in_report_order()
    {
        Finding[] findings =
        [
            Make("b.md", 7, "vague-value", evidence: "稳步提升"),
            Make("a.md", 30, "missing-unit", evidence: "断开的代理项\ud800在此", table: true),
            Make("a.md", 3, "placeholder-text", related: true, waived: true),
            Make("b.md", 2, "sum-mismatch", indicator: true, sheet: "Sheet1"),
            Make("a.md", 3, "contact-details", suggestion: null),
        ];
        using var spill = new FindingSpill();

        // a.md arrives in two chunks (two documents of one file) and b.md in one, out of order.
        spill.Add([findings[0], findings[3]]);
        spill.Add([findings[1]]);
        spill.Add([findings[2], findings[4]]);

        var expected = findings.Order(Comparer<Finding>.Create(FindingOrder.Compare)).Select(Describe).ToArray();
        Assert.Equal(expected, spill.Select(Describe));
        Assert.Equal(expected, spill.Select(Describe));
        Assert.Equal(findings.Length, spill.Count);
    }

    [Fact]
    public void A_summary_from_the_counts_kept_is_the_summary_from_reading_the_findings()
    {
        var sample = ReportSample.Create();
        using var spill = new FindingSpill();
        spill.Add(sample.Findings.Take(2));
        spill.Add(sample.Findings.Skip(2));

        // A waived finding is listed but not new: it is in the total, not in the severities and categories.
        spill.Add([sample.Findings.First() with { State = FindingState.Waived, Fingerprint = "waived" }]);

        var kept = LintSummary.For(sample with { Findings = spill }, Triage.None);
        var read = LintSummary.For(sample with { Findings = spill.ToArray() }, Triage.None);
        Assert.Equal(read with { ByCategory = null! }, kept with { ByCategory = null! });
        Assert.Equal(read.ByCategory.ToArray(), kept.ByCategory.ToArray());
        Assert.Equal((5, 4, 1), (kept.Findings, kept.New, kept.Waived));
    }

    [Fact]
    public void The_run_folder_is_deleted_when_the_spill_is_disposed()
    {
        var spill = new FindingSpill();
        spill.Add([Make("a.md", 1, "vague-value")]);
        Assert.True(Directory.Exists(spill.Folder));

        spill.Dispose();
        spill.Dispose();

        Assert.False(Directory.Exists(spill.Folder));
    }

    private static Finding Make(string file, int line, string rule, string evidence = "证据", string? suggestion = "改为可衡量的值",
        bool table = false, bool indicator = false, bool related = false, bool waived = false, string? sheet = null) => new()
    {
        RuleId = rule,
        Category = "vague-target",
        Severity = Severity.Warning,
        Message = $"{rule} 的说明",
        Evidence = evidence,
        Suggestion = suggestion,
        File = file,
        At = new SourceLocation(line, 4, sheet, sheet is null ? null : "C5"),
        Table = table ? new TableReference(1, TableKind.SelfEvaluation, "示例项目", null, 12) : null,
        Indicator = indicator ? new IndicatorReference("产出指标", null, "完成率") : null,
        Related = related ? [new RelatedLocation("c.md", new SourceLocation(9, 1), "批复表")] : [],
        HelpUri = "core/" + rule + ".md",
        Provenance = new RuleProvenance("core", "rules/core/" + rule + ".yaml", ["profile hebei: severity error"]),
        Fingerprint = "fp-" + rule + line,
        State = waived ? FindingState.Waived : FindingState.New,
        Waiver = waived ? new WaiverNote("已核实", "审核员", new DateOnly(2027, 1, 31)) : null,
    };

    /// <summary>Every field, the lists item by item (a record compares lists by reference).</summary>
    private static string Describe(Finding f) => string.Join('|',
        f.RuleId, f.Category, f.Severity, f.Message, f.Evidence, f.Suggestion ?? "(null)", f.File, f.At, f.At.Sheet, f.Table, f.Indicator,
        string.Join(';', f.Related), f.HelpUri, f.Provenance.Pack, f.Provenance.DefinedIn, string.Join(';', f.Provenance.ChangedBy), f.Fingerprint, f.State, f.Waiver);
}
