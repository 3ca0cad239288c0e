using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

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

    /// <summary>Descriptions for members without an XML doc summary, keyed Type.Property.</summary>
    private static readonly Dictionary<string, string> Gaps = new(StringComparer.Ordinal)
    {
        ["NormalisedOutput.SchemaVersion"] = "MAJOR.MINOR version of this format; a reader refuses an unknown major version.",
        ["NormalisedOutput.Tool"] = "The GoalLint that wrote this output.",
        ["NormalisedOutput.Documents"] = "One entry per input file, in the order read.",
        ["LintOutput.SchemaVersion"] = "MAJOR.MINOR version of this format; a reader refuses an unknown major version.",
        ["LintOutput.Tool"] = "The GoalLint that wrote this output.",
        ["LintOutput.Profile"] = "The rule layers applied, in order: pack, profiles, config.",
        ["LintOutput.Summary"] = "Counts of files, tables and findings.",
        ["LintOutput.Files"] = "One entry per input file, in the order read.",
        ["LintOutput.Findings"] = "Every finding, in file and line order.",
        ["LintOutput.RuleFailures"] = "Rules that failed to run (script error, time limit); their checks are missing from the findings.",
        ["ToolInfo.Name"] = "Always goallint.",
        ["ToolInfo.Version"] = "The tool version, without build metadata.",
        ["LintSummary.ByCategory"] = "Finding count per category.",
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

        return node;
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
