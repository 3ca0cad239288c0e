using GoalLint.Shared.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace GoalLint.Report.Json;

/// <summary>
/// The JSON Schemas of GoalLint's machine outputs, generated from the C# types with the same
/// serializer options the outputs use, so schema and output cannot drift apart. Descriptions
/// come from the XML doc comments, so every member of an output type carries one.
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

    /// <summary>Read on first use: the XML doc file is only needed to print a schema, not to start the tool.</summary>
    private static readonly Lazy<XmlDocs> LazyDocs = new(() => new XmlDocs());

    private static XmlDocs Docs => LazyDocs.Value;

    /// <summary>Every schema <c>goallint schema</c> prints: the outputs', then the YAML files' (<see cref="Check.Yaml.ConfigSchemas"/>).</summary>
    public static IEnumerable<string> Names => All.Keys.Concat(Check.Yaml.ConfigSchemas.All.Keys);

    /// <summary>The schema <paramref name="name"/> as indented JSON, or null for an unknown name.</summary>
    public static string? Generate(string name)
    {
        if (!All.TryGetValue(name, out var spec))
        {
            return Check.Yaml.ConfigSchemas.Generate(name);
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
        var description = (member is null ? null : Docs.Summary(member)) ?? TypeSummary(type);
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

    /// <summary>Only GoalLint's own types carry summaries worth repeating; framework types (string, List) do not.</summary>
    private static string? TypeSummary(Type type) =>
        type.Namespace?.StartsWith("GoalLint", StringComparison.Ordinal) == true ? Docs.Summary(type) : null;

    private static IEnumerable<string> EnumValues(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => $"- {JsonNamingPolicy.CamelCase.ConvertName(f.Name)}" + (Docs.Summary(f) is { } s ? $": {s}" : ""));
}
