using System.Text;
using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;
using GoalLint.Report.Json;
using GoalLint.Shared.Json;

namespace GoalLint.Tests.Report;

/// <summary>
/// The JSON report is written by hand; <see cref="LintOutput"/>, serialized by the shared conventions, stays its
/// specification (and its schema's source). Every property, set and unset, must come out byte for byte as the
/// serializer would write it.
/// </summary>
public class LintOutputWriterTests
{
    [Fact]
    public void The_sample_run_is_written_as_the_serializer_writes_it() =>
        AssertSameAsSerializer(LintOutput.For(ReportSample.Triaged().Result, ReportSample.Triaged().Triage));

    [Fact]
    public void Every_optional_property_set_and_unset_is_written_as_the_serializer_writes_it()
    {
        var full = ReportSample.Triaged();
        var output = LintOutput.For(full.Result, full.Triage);
        var first = output.Findings.First();
        Finding[] findings =
        [
            first with
            {
                Suggestion = null, HelpUri = null, Table = null, Indicator = null, State = FindingState.Waived,
                At = new SourceLocation(0, 0, "表1", "C7"),
                Related = [new RelatedLocation("其他/批复表.xlsx", new SourceLocation(3, 4, "Sheet1", "D3"), "批复的年度指标值 ≥95%")],
                Waiver = new WaiverNote("已说明", "审核科", new DateOnly(2026, 12, 31)),
                Provenance = new("city", "rules/city/x.yaml", ["profile a: severity error", "config: off"]),
            },
            first with
            {
                Table = new TableReference(2, TableKind.SelfEvaluation, null, "X-1", 40),
                Indicator = new IndicatorReference(null, "数量指标", null),
                Waiver = new WaiverNote("无期限", "科长", null),
                Message = "引号\"、反斜杠\\、换行\n、制表\t与 <html> & 「中文」 𠀀",
            },
        ];
        AssertSameAsSerializer(output with
        {
            Profile = [],
            Findings = findings,
            RuleFailures = [new RuleFailure("bad-rule", "rules/x.csx", "超时")],
            Summary = output.Summary with { ByCategory = new Dictionary<string, int>() },
        });
    }

    private static void AssertSameAsSerializer(LintOutput output)
    {
        using var written = new MemoryStream();
        LintOutputWriter.Write(output, written);
        var serialized = JsonSerializer.Serialize(output with { Findings = output.Findings.ToArray() }, JsonDefaults.Options);
        Assert.Equal(serialized, Encoding.UTF8.GetString(written.ToArray()));
    }
}
