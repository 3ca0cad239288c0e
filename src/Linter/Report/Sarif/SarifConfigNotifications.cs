using System.Text.Json;
using GoalLint.Check.Packs;

namespace GoalLint.Report.Sarif;

/// <summary>
/// <c>invocations[0].toolConfigurationNotifications</c>: what the trust boundary refused and how
/// configuration that came with the inputs changed the gate, located in the configuration file,
/// so code scanning shows a reviewer that the gate was weakened.
/// </summary>
public static class SarifConfigNotifications
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<ConfigNotice> notices, ArtifactUris uris)
    {
        w.WriteStartArray("toolConfigurationNotifications");
        foreach (var notice in notices)
        {
            w.WriteStartObject();
            w.WriteStartObject("descriptor");
            w.WriteString("id", notice.RuleId);
            w.WriteEndObject();
            w.WriteString("level", notice.RuleId == ConfigNotice.Refused ? "error" : "warning");
            w.WriteStartObject("message");
            w.WriteString("text", $"{notice.Setting}: {notice.Message}");
            w.WriteEndObject();
            WriteLocation(w, uris, notice.File, notice.Line, notice.Column);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The <c>locations</c> of a notification about a configuration file, at its line where known.</summary>
    public static void WriteLocation(Utf8JsonWriter w, ArtifactUris uris, string file, int line, int column)
    {
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        uris.WriteLocation(w, file);
        if (line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", line);
            w.WriteNumber("startColumn", Math.Max(1, column));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
