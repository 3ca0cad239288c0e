using GoalLint.Shared.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GoalLint.Check.Yaml;
using GoalLint.Report.Json;

namespace GoalLint.Report.Sarif;

/// <summary>
/// The SARIF a run writes when its configuration cannot be loaded: no results, and one
/// <c>toolConfigurationNotifications</c> entry per error (located at the config file when the
/// error names a place), in an invocation marked unsuccessful. A CI step that uploads SARIF
/// with <c>if: always()</c> then finds a file, and code scanning shows why the run failed.
/// Kept apart from <see cref="SarifFormat"/>, which shapes the SARIF of a run that finished.
/// </summary>
public static class SarifConfigurationFailure
{
    public static string Render(IReadOnlyList<ConfigError> errors, int exitCode)
    {
        var uris = new ArtifactUris(errors.Select(e => e.File).Where(File.Exists), null);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SarifFormat.SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            SarifFormat.WriteDriverIdentity(w);
            w.WriteStartArray("rules");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("invocations");
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", false);
            w.WriteNumber("exitCode", exitCode);
            w.WriteStartArray("toolConfigurationNotifications");
            foreach (var error in errors)
            {
                WriteNotification(w, error, uris);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            uris.WriteBaseIds(w);
            w.WriteStartArray("results");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return InertText.JsonEscaped(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteNotification(Utf8JsonWriter w, ConfigError error, ArtifactUris uris)
    {
        w.WriteStartObject();
        w.WriteString("level", "error");
        w.WriteStartObject("message");
        w.WriteString("text", error.ToString());
        w.WriteEndObject();
        if (File.Exists(error.File))
        {
            SarifConfigNotifications.WriteLocation(w, uris, error.File, error.Line, error.Column);
        }

        w.WriteEndObject();
    }
}
