using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Json;

/// <summary>The machine format: <see cref="LintOutput"/> as JSON.</summary>
public sealed class JsonFormat : StreamedJsonFormat
{
    public override string Name => "json";

    public override string Extension => ".json";

    /// <summary>The serializer flushes as it goes, so the findings array streams into the file.</summary>
    protected override void Serialize(LintResult result, Triage triage, Stream output) =>
        JsonSerializer.Serialize(output, LintOutput.For(result, triage), ReportJson.Output);
}
