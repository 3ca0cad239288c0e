using GoalLint.Check.Engine;

namespace GoalLint.Report;

/// <summary>
/// One output format of <c>goallint lint</c>. Every format renders the same <see cref="LintResult"/>;
/// formats are found by reflection, so a new one is one new class.
/// </summary>
public interface IReportFormat
{
    /// <summary>The value of <c>--format</c>: text, json, markdown, html, sarif, junit.</summary>
    string Name { get; }

    /// <summary>The file extension used when writing to a folder.</summary>
    string Extension { get; }

    string Render(LintResult result);
}
