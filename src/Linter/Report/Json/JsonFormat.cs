using GoalLint.Shared.Json;
using System.Text.Json;
using GoalLint.Check.Engine;

namespace GoalLint.Report.Json;

/// <summary>The machine format: <see cref="LintOutput"/> as JSON.</summary>
public sealed class JsonFormat : IReportFormat
{
    public string Name => "json";

    public string Extension => ".json";

    public string Render(LintResult result) => InertText.JsonEscaped(JsonSerializer.Serialize(LintOutput.For(result), JsonDefaults.Options));
}
