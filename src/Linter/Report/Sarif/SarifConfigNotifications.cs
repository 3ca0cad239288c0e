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
    public static void Write(Utf8JsonWriter w, IReadOnlyList<ConfigNotice> notices)
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
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", SarifFormat.RelativeUri(notice.File));
            w.WriteEndObject();
            if (notice.Line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", notice.Line);
                w.WriteNumber("startColumn", Math.Max(1, notice.Column));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
