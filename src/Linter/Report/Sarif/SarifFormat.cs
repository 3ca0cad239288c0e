using GoalLint.Shared.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;
using GoalLint.Report.Baseline;
using GoalLint.Report.Json;

namespace GoalLint.Report.Sarif;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it, written by hand. Files are relative URIs against
/// <c>%SRCROOT%</c> (the working folder) or, for inputs outside it, <c>%INPUTROOT%</c> (the folder
/// holding all of them), declared in originalUriBaseIds, so no machine path travels in a result.
/// Every rule of the run is in tool.driver.rules (<see cref="SarifRules"/>); every finding is a
/// result with a full region and a fingerprint unique in the run; invocations[0] says how the
/// run ended. A spreadsheet cell keeps its file as the location and names sheet!cell in the message
/// and properties, since SARIF regions have no notion of cells. A waived finding carries an
/// accepted external suppression with the waiver's justification.
/// </summary>
public sealed class SarifFormat(ReportSettings settings) : StreamedJsonFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>
    /// The key GitHub matches results by across runs: the finding's semantic fingerprint with the
    /// field it points at (v1 lacked it, so two findings could share one), then :N for the N-th
    /// result with the same key, as GitHub's own line hashes do.
    /// </summary>
    public const string FingerprintKey = "goallint/v2";

    public const string SourceRoot = "%SRCROOT%";

    public const string InputRoot = "%INPUTROOT%";

    public SarifFormat()
        : this(ReportSettings.Default)
    {
    }

    /// <summary>How much the writer holds before it writes to the file.</summary>
    private const int FlushBytes = 1 << 16;

    public override string Name => "sarif";

    public override string Extension => ".sarif";

    /// <summary>A result's fingerprint names the field it points at, found through the indicator's row (<see cref="LocatedField"/>).</summary>
    public override bool ReadsSourceRows => true;

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The writer is flushed into <paramref name="output"/> as results are written, so no run is held whole in memory.</summary>
    protected override void Serialize(LintResult result, Triage triage, Stream output)
    {
        var rules = SarifRules.For(result);
        var index = rules.Select((r, i) => (r.Rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var uris = new ArtifactUris(result.Documents.Select(d => d.Path).Concat(result.Findings.Select(f => f.File)).Concat(result.Findings.SelectMany(f => f.Related.Select(r => r.File))).Concat(result.Rules.ConfigNotices.Select(n => n.File)), settings.SourceRoot);
        var documents = result.Documents.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w, rules);
            WriteInvocation(w, result, uris);
            uris.WriteBaseIds(w);
            w.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                var key = Fingerprint(finding, documents.GetValueOrDefault(finding.File));
                seen[key] = seen.GetValueOrDefault(key) + 1;
                WriteResult(w, finding, index.TryGetValue(finding.RuleId, out var i) ? i : null, triage.WaiverFor(finding), uris, $"{key}:{seen[key]}");
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

    /// <summary>The finding's fingerprint and location role, hashed: stable across runs, different for two fields of one indicator.</summary>
    public static string Fingerprint(Finding f, PerformanceDocument? document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{f.Fingerprint}\u001f{LocatedField.RoleOf(f, document)}")))[..20];

    /// <summary>Opens <c>tool.driver</c> and writes who GoalLint is; the caller writes its rules and closes both objects.</summary>
    public static void WriteDriverIdentity(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "GoalLint");
        w.WriteString("version", ToolInfo.Current.Version);
        w.WriteString("semanticVersion", ToolInfo.Current.Version);
        w.WriteString("informationUri", ToolInfo.Home);
    }

    private void WriteTool(Utf8JsonWriter w, IReadOnlyList<Check.Packs.ConfiguredRule> rules)
    {
        WriteDriverIdentity(w);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            SarifRules.Write(w, rule, settings.DocBase);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>How the run ended: its exit code, and each rule that failed to run as an error notification.</summary>
    private void WriteInvocation(Utf8JsonWriter w, LintResult result, ArtifactUris uris)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", settings.ExecutionSuccessful && result.RuleFailures.Count == 0);
        w.WriteNumber("exitCode", settings.ExitCode);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var failure in result.RuleFailures)
        {
            w.WriteStartObject();
            w.WriteStartObject("descriptor");
            w.WriteString("id", "rule-failed");
            w.WriteEndObject();
            w.WriteStartObject("associatedRule");
            w.WriteString("id", failure.RuleId);
            w.WriteEndObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", $"{failure.RuleId} ({failure.DefinedIn}): {failure.Message}");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        SarifConfigNotifications.Write(w, result.Rules.ConfigNotices, uris);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int? ruleIndex, Waiver? waiver, ArtifactUris uris, string fingerprint)
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
        uris.WriteLocation(w, f.File);
        WriteRegion(w, f);
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
                uris.WriteLocation(w, related.File);
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
        w.WriteString(FingerprintKey, fingerprint);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", f.Category);
        w.WriteString("evidence", f.Evidence);
        w.WriteString("fingerprint", f.Fingerprint);
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

    /// <summary>
    /// The located span in a text file: start, and the end one past the evidence's last character on
    /// its first line (SARIF columns count UTF-16 units, as GoalLint's do). A spreadsheet has no text
    /// region: its cell is in the message and properties.
    /// </summary>
    private static void WriteRegion(Utf8JsonWriter w, Finding f)
    {
        if (f.At.Line <= 0 || f.At.Cell is not null)
        {
            return;
        }

        var column = Math.Max(1, f.At.Column);
        var firstLine = f.Evidence.AsSpan();
        var newline = firstLine.IndexOfAny('\r', '\n');
        var length = newline >= 0 ? newline : firstLine.Length;
        w.WriteStartObject("region");
        w.WriteNumber("startLine", f.At.Line);
        w.WriteNumber("startColumn", column);
        w.WriteNumber("endLine", f.At.Line);
        w.WriteNumber("endColumn", column + Math.Max(1, length));
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
