using System.Text;
using GoalLint.Check.Engine;
using GoalLint.Report.Baseline;

namespace GoalLint.Report;

/// <summary>
/// A JSON format that streams (JSON, SARIF): it serializes into the output as it goes, through
/// <see cref="InertJsonStream"/>, so no run is held whole in one string. <c>Render</c> serializes
/// the same bytes into memory, for the reports that embed it and for tests.
/// </summary>
public abstract class StreamedJsonFormat : ITriagedFormat
{
    public abstract string Name { get; }

    public abstract string Extension { get; }

    public virtual bool ReadsSourceRows => false;

    public string Render(LintResult result) => Render(result, Triage.None);

    public string Render(LintResult result, Triage triage)
    {
        using var buffer = new MemoryStream();
        SerializeInert(result, triage, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Write(LintResult result, Stream output) => Write(result, Triage.None, output);

    public void Write(LintResult result, Triage triage, Stream output)
    {
        SerializeInert(result, triage, output);
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes the document to <paramref name="output"/>, flushing as it goes.</summary>
    protected abstract void Serialize(LintResult result, Triage triage, Stream output);

    private void SerializeInert(LintResult result, Triage triage, Stream output)
    {
        var inert = new InertJsonStream(output);
        Serialize(result, triage, inert);
        inert.Flush();
    }
}
