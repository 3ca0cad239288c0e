using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace GoalLint.Report.Json;

/// <summary>
/// The JSON Schemas of GoalLint's machine outputs, generated from the C# types with the same
/// serializer options the outputs use, so schema and output cannot drift apart. Descriptions
/// come from the XML doc comments; <see cref="Gaps"/> covers members the code leaves undocumented.
/// The committed copies live in schemas/ and a test keeps them equal to these.
/// </summary>
public static class JsonSchemas
{
    /// <summary>Schema name (as in schemas/NAME.schema.json and <c>goallint schema NAME</c>) ⇒ root type, title and version.</summary>
    public static IReadOnlyDictionary<string, (Type Root, string Title, string Version)> All { get; } = new Dictionary<string, (Type, string, string)>
    {
        ["normalized"] = (typeof(NormalisedOutput), "GoalLint normalised model (goallint normalize)", NormalisedOutput.CurrentSchemaVersion),
        ["findings"] = (typeof(LintOutput), "GoalLint findings (goallint lint --format json)", LintOutput.CurrentSchemaVersion),
    };

    /// <summary>Descriptions for members of types outside this folder that carry no XML doc comment, keyed Type.Property.</summary>
    private static readonly Dictionary<string, string> Gaps = new(StringComparer.Ordinal)
    {
        ["Finding.RuleId"] = "The id of the rule that fired (vague-value, placeholder-text …).",
        ["Finding.Message"] = "What is wrong, in the reviewer's words, quoting the evidence.",
        ["Finding.Suggestion"] = "How to put it right, when the rule says.",
        ["TableReference.Index"] = "0-based position of the table among the tables of its file.",
        ["TableReference.ProjectName"] = "项目名称, when the table states one.",
        ["TableReference.ProjectCode"] = "项目编码, when the table states one.",
        ["TableReference.Line"] = "The line where the table starts.",
        ["IndicatorReference.Level1"] = "一级指标 as written.",
        ["IndicatorReference.Level2"] = "二级指标 as written.",
        ["IndicatorReference.Name"] = "三级指标 (the indicator's name) as written.",
        ["RuleProvenance.Pack"] = "The rule pack that defines the rule.",
        ["RuleProvenance.DefinedIn"] = "The file that defines the rule.",
        ["RuleProvenance.ChangedBy"] = "Each change a profile or config made to the rule (the layer and what it set), in the order applied.",
        ["RuleFailure.RuleId"] = "The id of the rule that failed.",
        ["RuleFailure.DefinedIn"] = "The file that defines the rule.",
        ["RuleFailure.Message"] = "What went wrong (the error, or the time limit hit); the rule was switched off for the rest of the run.",
    };

    private static readonly XmlDocs Docs = new();

    /// <summary>The schema <paramref name="name"/> as indented JSON, or null for an unknown name.</summary>
    public static string? Generate(string name)
    {
        if (!All.TryGetValue(name, out var spec))
        {
            return null;
        }

        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Describe };
        var generated = JsonDefaults.Options.GetJsonSchemaAsNode(spec.Root, exporter).AsObject();
        var major = spec.Version.Split('.')[0];
        generated["properties"]!["schemaVersion"]!["pattern"] = $"^{major}\\.[0-9]+$";
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = spec.Title,
            ["x-schemaVersion"] = spec.Version,
        };
        foreach (var (key, value) in generated.ToArray())
        {
            generated.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(JsonDefaults.Options).ReplaceLineEndings("\n");
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var member = context.PropertyInfo?.AttributeProvider as MemberInfo;
        var description = (member is null ? null : Docs.Summary(member) ?? Gap(member)) ?? TypeSummary(type);
        if (type.IsEnum)
        {
            description = string.Join("\n", new[] { description }.Concat(EnumValues(type)).OfType<string>());
        }

        if (!string.IsNullOrEmpty(description))
        {
            node["description"] = description;
        }

        LeaveNullableOptional(context.TypeInfo, node);
        return node;
    }

    /// <summary>The outputs leave nulls out (WhenWritingNull), so a property that may be null may be absent: it is not required.</summary>
    private static void LeaveNullableOptional(JsonTypeInfo type, JsonObject node)
    {
        if (type.Kind != JsonTypeInfoKind.Object || node["required"] is not JsonArray required)
        {
            return;
        }

        var nullable = type.Properties.Where(p => p.IsGetNullable).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in required.Where(n => nullable.Contains(n!.GetValue<string>())).ToArray())
        {
            required.Remove(name);
        }

        if (required.Count == 0)
        {
            node.Remove("required");
        }
    }

    private static string? Gap(MemberInfo member) =>
        Gaps.GetValueOrDefault($"{member.DeclaringType?.Name}.{member.Name}");

    /// <summary>Only GoalLint's own types carry summaries worth repeating; framework types (string, List) do not.</summary>
    private static string? TypeSummary(Type type) =>
        type.Namespace?.StartsWith("GoalLint", StringComparison.Ordinal) == true ? Docs.Summary(type) : null;

    private static IEnumerable<string> EnumValues(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => $"- {JsonNamingPolicy.CamelCase.ConvertName(f.Name)}" + (Docs.Summary(f) is { } s ? $": {s}" : ""));
}
