using System.Text;
using System.Text.Json;
using GoalLint.Check.Engine;

namespace GoalLint.Report.Json;

/// <summary>The machine format: <see cref="LintOutput"/> as JSON.</summary>
public sealed class JsonFormat : IReportFormat
{
    public string Name => "json";

    public string Extension => ".json";

    public string Render(LintResult result)
    {
        using var buffer = new MemoryStream();
        Serialize(result, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Write(LintResult result, Stream output)
    {
        Serialize(result, output);
        output.WriteByte((byte)'\n');
    }

    /// <summary>The serializer flushes as it goes, so the findings array streams into the file.</summary>
    private static void Serialize(LintResult result, Stream output)
    {
        var inert = new InertJsonStream(output);
        JsonSerializer.Serialize(inert, LintOutput.For(result), JsonDefaults.Options);
        inert.Flush();
    }
}
