using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Json;

/// <summary>The machine format: <see cref="LintOutput"/> as JSON.</summary>
public sealed class JsonFormat : ITriagedFormat
{
    public string Name => "json";

    public string Extension => ".json";

    public string Render(LintResult result) => Render(result, Triage.None);

    public string Render(LintResult result, Triage triage) => InertText.JsonEscaped(JsonSerializer.Serialize(LintOutput.For(result, triage), JsonDefaults.Options));
}
