using GoalLint.Check.Engine;

namespace GoalLint.Report.Baseline;

/// <summary>A format that shows what baselines and waivers did (counts, waived findings); the others render the findings as they are.</summary>
public interface ITriagedFormat : IReportFormat
{
    string Render(LintResult result, Triage triage);

    /// <summary>As <see cref="IReportFormat.Write"/>, with what baselines and waivers did.</summary>
    void Write(LintResult result, Triage triage, Stream output) => IReportFormat.WriteText(output, Render(result, triage));
}
