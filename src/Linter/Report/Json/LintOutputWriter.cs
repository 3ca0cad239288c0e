using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Report.Json;

/// <summary>
/// Writes <see cref="LintOutput"/> by hand, in <see cref="Shared.Json.JsonDefaults"/>' conventions (camelCase,
/// enums as camelCase strings, nulls left out, indented, Chinese unescaped), as the SARIF writer does: the
/// serializer's generic metadata over the report's value types was JIT-compiled on every run (464 methods
/// of a warm one-file run). <c>LintOutputWriterTests</c> holds the bytes equal to the serializer's.
/// </summary>
public static class LintOutputWriter
{
    private const int FlushBytes = 1 << 16;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the document, flushing into <paramref name="output"/> as the findings go.</summary>
    public static void Write(LintOutput o, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("schemaVersion", o.SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", o.Tool.Name);
        w.WriteString("version", o.Tool.Version);
        w.WriteEndObject();
        Strings(w, "profile", o.Profile);
        Summary(w, o.Summary);
        w.WriteStartArray("files");
        foreach (var f in o.Files)
        {
            w.WriteStartObject();
            w.WriteString("path", f.Path);
            w.WriteString("format", Formats[(int)f.Format]);
            w.WriteString("encoding", f.Encoding);
            w.WriteString("layout", f.Layout);
            w.WriteNumber("tables", f.Tables);
            w.WriteNumber("indicators", f.Indicators);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var finding in o.Findings)
        {
            Finding(w, finding);
            if (w.BytesPending > FlushBytes)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteStartArray("ruleFailures");
        foreach (var r in o.RuleFailures)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", r.RuleId);
            w.WriteString("definedIn", r.DefinedIn);
            w.WriteString("message", r.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unusedWaivers");
        foreach (var u in o.UnusedWaivers)
        {
            w.WriteStartObject();
            w.WriteNumber("index", u.Index);
            w.WriteString("fingerprint", u.Fingerprint);
            w.WriteString("reason", u.Reason);
            w.WriteString("message", u.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter w, LintSummary s)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("files", s.Files);
        w.WriteNumber("tables", s.Tables);
        w.WriteNumber("findings", s.Findings);
        w.WriteNumber("new", s.New);
        w.WriteNumber("baselined", s.Baselined);
        w.WriteNumber("waived", s.Waived);
        w.WriteNumber("unusedWaivers", s.UnusedWaivers);
        w.WriteNumber("errors", s.Errors);
        w.WriteNumber("warnings", s.Warnings);
        w.WriteNumber("infos", s.Infos);
        w.WriteStartObject("byCategory");
        foreach (var (category, count) in s.ByCategory)
        {
            w.WriteNumber(category, count);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Finding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("category", f.Category);
        w.WriteString("severity", Severities[(int)f.Severity]);
        w.WriteString("message", f.Message);
        w.WriteString("evidence", f.Evidence);
        Optional(w, "suggestion", f.Suggestion);
        w.WriteString("file", f.File);
        Location(w, "at", f.At);
        if (f.Table is { } t)
        {
            w.WriteStartObject("table");
            w.WriteNumber("index", t.Index);
            w.WriteString("kind", Kinds[(int)t.Kind]);
            Optional(w, "projectName", t.ProjectName);
            Optional(w, "projectCode", t.ProjectCode);
            w.WriteNumber("line", t.Line);
            w.WriteEndObject();
        }

        if (f.Indicator is { } i)
        {
            w.WriteStartObject("indicator");
            Optional(w, "level1", i.Level1);
            Optional(w, "level2", i.Level2);
            Optional(w, "name", i.Name);
            w.WriteEndObject();
        }

        w.WriteStartArray("related");
        foreach (var r in f.Related)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            Location(w, "at", r.At);
            w.WriteString("message", r.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Optional(w, "helpUri", f.HelpUri);
        w.WriteStartObject("provenance");
        w.WriteString("pack", f.Provenance.Pack);
        w.WriteString("definedIn", f.Provenance.DefinedIn);
        Strings(w, "changedBy", f.Provenance.ChangedBy);
        w.WriteEndObject();
        w.WriteString("fingerprint", f.Fingerprint);
        w.WriteString("state", States[(int)f.State]);
        if (f.Waiver is { } waiver)
        {
            w.WriteStartObject("waiver");
            w.WriteString("justification", waiver.Justification);
            w.WriteString("approvedBy", waiver.ApprovedBy);
            Optional(w, "expires", waiver.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter w, string name, SourceLocation at)
    {
        w.WriteStartObject(name);
        w.WriteNumber("line", at.Line);
        w.WriteNumber("column", at.Column);
        Optional(w, "sheet", at.Sheet);
        Optional(w, "cell", at.Cell);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    // Each enum's members as the serializer names them (camelCase), converted once, not once per finding; the members count from 0.
    private static readonly string[] Severities = CamelNames(typeof(Severity));
    private static readonly string[] States = CamelNames(typeof(FindingState));
    private static readonly string[] Kinds = CamelNames(typeof(TableKind));
    private static readonly string[] Formats = CamelNames(typeof(SourceFormat));

    private static string[] CamelNames(Type enumType) => [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName)];
}
