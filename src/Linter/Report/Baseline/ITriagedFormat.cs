using GoalLint.Check.Engine;

namespace GoalLint.Report.Baseline;

/// <summary>A format that shows what baselines and waivers did (counts, waived findings); the others render the findings as they are.</summary>
public interface ITriagedFormat : IReportFormat
{
    string Render(LintResult result, Triage triage);
}
