using GoalLint.Check.Engine;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Json;

/// <summary>The machine format: <see cref="LintOutput"/> as JSON.</summary>
public sealed class JsonFormat : StreamedJsonFormat
{
    public override string Name => "json";

    public override string Extension => ".json";

    /// <summary>The writer flushes as it goes, so the findings array streams into the file.</summary>
    protected override void Serialize(LintResult result, Triage triage, Stream output) =>
        LintOutputWriter.Write(LintOutput.For(result, triage), output);
}
