using System.Xml.Linq;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Report.Junit;
using GoalLint.Report.Templates;

namespace GoalLint.Tests.Report;

/// <summary>Waivers: a holding waiver takes its finding out of the gate but not out of the reports; an expired one does nothing.</summary>
public sealed class TriageTests
{
    private static readonly LintResult Result = ReportSample.Create();

    [Fact]
    public void Holding_waiver_leaves_the_gate_and_expired_one_counts_again()
    {
        var triage = ReportSample.Sifted(Result);
        var gated = triage.Gated(Result.Findings);
        Assert.DoesNotContain(gated, f => f.RuleId == "vague-value");
        Assert.Contains(gated, f => f.RuleId == "formula-mismatch");
        Assert.Equal(1, triage.ExpiredWaivers);
        Assert.True(Gate.Fails(Result.Findings, FailOn.None, maxWarnings: 0));
        Assert.False(Gate.Fails(gated, FailOn.None, maxWarnings: 0));
    }

    [Fact]
    public void Waived_finding_stays_in_the_report_view_with_its_waiver()
    {
        var view = ReportViewBuilder.Build(Result, ReportSample.Sifted(Result));
        Assert.Equal((1, 2, 1, 4), (view.Summary.Waived, view.Summary.Baselined, view.Summary.ExpiredWaivers, view.Summary.Findings));
        var waived = view.Files.SelectMany(f => f.Tables).SelectMany(t => t.Findings).Single(f => f.RuleId == "vague-value");
        Assert.Equal("2099-12-31", waived.Waiver?.Expires);
    }

    [Fact]
    public void Waived_finding_is_not_a_junit_failure()
    {
        var xml = XDocument.Parse(new JunitFormat(FailOn.Warning).Render(Result, ReportSample.Sifted(Result)));
        Assert.DoesNotContain(xml.Descendants("failure"), f => (string?)f.Attribute("type") == "vague-value");
        Assert.Equal(2, xml.Descendants("failure").Count());
    }
}
