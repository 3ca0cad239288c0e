using System.Text;
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

    public string Render(LintResult result, Triage triage)
    {
        using var buffer = new MemoryStream();
        Serialize(result, triage, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Write(LintResult result, Stream output) => Write(result, Triage.None, output);

    public void Write(LintResult result, Triage triage, Stream output)
    {
        Serialize(result, triage, output);
        output.WriteByte((byte)'\n');
    }

    /// <summary>The serializer flushes as it goes, so the findings array streams into the file.</summary>
    private static void Serialize(LintResult result, Triage triage, Stream output)
    {
        var inert = new InertJsonStream(output);
        JsonSerializer.Serialize(inert, LintOutput.For(result, triage), JsonDefaults.Options);
        inert.Flush();
    }
}
