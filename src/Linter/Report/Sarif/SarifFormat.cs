using GoalLint.Shared.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Report.Baseline;
using GoalLint.Report.Json;

namespace GoalLint.Report.Sarif;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it, written by hand: every rule of the run in
/// tool.driver.rules, every finding a result with a repo-relative location and its semantic
/// fingerprint. A spreadsheet cell keeps its file as the location and names sheet!cell in the
/// message and properties, since SARIF regions have no notion of cells. A waived finding carries
/// an accepted external suppression with the waiver's justification.
/// </summary>
public sealed class SarifFormat : StreamedJsonFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key GitHub matches results by across runs.</summary>
    public const string FingerprintKey = "goallint/v1";

    /// <summary>How much the writer holds before it writes to the file.</summary>
    private const int FlushBytes = 1 << 16;

    public override string Name => "sarif";

    public override string Extension => ".sarif";

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The path as a relative URI reference: forward slashes, each segment percent-encoded.</summary>
    public static string RelativeUri(string path) =>
        string.Join('/', RepoPath.Relative(path).Split('/').Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)));

    /// <summary>The writer is flushed into <paramref name="output"/> as results are written, so no run is held whole in memory.</summary>
    protected override void Serialize(LintResult result, Triage triage, Stream output)
    {
        var rules = SarifRules.For(result);
        var index = rules.Select((r, i) => (r.Rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "GoalLint");
            w.WriteString("semanticVersion", ToolInfo.Current.Version);
            w.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                SarifRules.Write(w, rule);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("invocations");
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", result.RuleFailures.Count == 0);
            SarifConfigNotifications.Write(w, result.Rules.ConfigNotices);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                WriteResult(w, finding, index.TryGetValue(finding.RuleId, out var i) ? i : null, triage.WaiverFor(finding));
                if (w.BytesPending > FlushBytes)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int? ruleIndex, Waiver? waiver)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        if (ruleIndex is { } i)
        {
            w.WriteNumber("ruleIndex", i);
        }

        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", f.At.Cell is not null ? $"{f.At.Sheet}!{f.At.Cell}: {f.Message}" : f.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", RelativeUri(f.File));
        w.WriteEndObject();
        if (f.At.Line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", f.At.Line);
            w.WriteNumber("startColumn", Math.Max(1, f.At.Column));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        if (f.Related.Count > 0)
        {
            w.WriteStartArray("relatedLocations");
            for (var r = 0; r < f.Related.Count; r++)
            {
                var related = f.Related[r];
                w.WriteStartObject();
                w.WriteNumber("id", r + 1);
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", RelativeUri(related.File));
                w.WriteEndObject();
                if (related.At.Line > 0)
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", related.At.Line);
                    w.WriteNumber("startColumn", Math.Max(1, related.At.Column));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartObject("message");
                w.WriteString("text", related.Message);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (waiver is not null)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "external");
            w.WriteString("status", "accepted");
            w.WriteString("justification", $"{waiver.Justification} (approved by {waiver.ApprovedBy}, until {waiver.Expires:yyyy-MM-dd})");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, f.Fingerprint);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", f.Category);
        w.WriteString("evidence", f.Evidence);
        WriteIfSet(w, "suggestion", f.Suggestion);
        WriteIfSet(w, "table", f.Table?.ProjectName);
        WriteIfSet(w, "projectCode", f.Table?.ProjectCode);
        if (f.Table is { } table)
        {
            w.WriteNumber("tableIndex", table.Index);
        }

        WriteIfSet(w, "indicator", f.Indicator is { } ind ? string.Join(" › ", new[] { ind.Level1, ind.Level2, ind.Name }.Where(s => !string.IsNullOrWhiteSpace(s))) : null);
        WriteIfSet(w, "sheet", f.At.Sheet);
        WriteIfSet(w, "cell", f.At.Cell);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }
}
