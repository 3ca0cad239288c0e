using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GoalLint.Check.Kinds;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;
using GoalLint.Shared;

namespace GoalLint.Check.Yaml;

/// <summary>
/// JSON Schemas of the YAML files users write (a rule file; a profile or a .goallint.yaml config; the vocabulary; the forms),
/// for editors (yaml-language-server: <c># yaml-language-server: $schema=…/schemas/rule.schema.json</c>).
/// Generated from the types <see cref="YamlFiles"/> reads, with its naming (kebab-case keys and
/// enum values) and its strictness (unknown keys are errors), so schema and reader cannot drift.
/// </summary>
public static class ConfigSchemas
{
    public static IReadOnlyDictionary<string, (Type Root, string Title)> All { get; } = new Dictionary<string, (Type, string)>
    {
        ["rule"] = (typeof(RuleFile), "GoalLint rule file (rules/PACK/ID.yaml)"),
        ["profile"] = (typeof(ProfileFile), "GoalLint profile (rules/profiles/NAME.yaml) or config (.goallint.yaml)"),
        ["forms"] = (typeof(FormsFile), "GoalLint forms (rules/vocabulary/forms.yaml)"),
        ["vocabulary"] = (typeof(VocabularyFile), "GoalLint vocabulary (rules/vocabulary/vocabulary.yaml; a pack adds to it under vocabulary: add:)"),
    };

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new AsString<Field>(), new AsString<Category>(), new AsString<CheckSpec>() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlySettable } },
    };

    private static readonly JsonSchemaExporterOptions Exporter = new() { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };

    /// <summary>The schema <paramref name="name"/> as indented JSON, or null for an unknown name.</summary>
    public static string? Generate(string name)
    {
        if (!All.TryGetValue(name, out var spec))
        {
            return null;
        }

        var root = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["title"] = spec.Title };
        foreach (var (key, value) in Options.GetJsonSchemaAsNode(spec.Root, Exporter).AsObject().ToArray())
        {
            root[key] = value?.DeepClone();
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .ReplaceLineEndings("\n");
    }

    /// <summary>Fields, categories and check kinds are read from scalars and the kind key, layouts are form ids, blocks the engine's block names: their schema is their list of names.</summary>
    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type == typeof(Field))
        {
            return Names(Field.Names.Order(StringComparer.Ordinal));
        }

        if (type == typeof(Category))
        {
            return Names(Category.All);
        }

        if (type == typeof(CheckSpec))
        {
            return new JsonObject { ["oneOf"] = new JsonArray([.. CheckKinds.ByName.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => Kind(k.Key, k.Value))]) };
        }

        if (context.PropertyInfo is { Name: "layouts" } property && property.DeclaringType == typeof(TableScope))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Names(FormSpecs.All.Select(f => f.Id)) };
        }

        if (context.PropertyInfo is { Name: "blocks" } blocks && blocks.DeclaringType == typeof(FormSpec))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Names(FormSpec.BlockNames) };
        }

        return schema;
    }

    private static JsonNode Kind(string name, Type type)
    {
        var schema = Options.GetJsonSchemaAsNode(type, Exporter).AsObject();
        schema["properties"]!["kind"] = new JsonObject { ["enum"] = new JsonArray(name) };
        schema["required"] = new JsonArray("kind");
        return schema;
    }

    private static JsonObject Names(IEnumerable<string> names) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. names.Select(n => (JsonNode)n)]) };

    /// <summary>Only what a YAML file can set: computed members (KnownParams, Names …) are not keys.</summary>
    private static void OnlySettable(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.Set is null).ToArray())
        {
            type.Properties.Remove(property);
        }
    }

    /// <summary>Stands for a type written as a scalar in YAML; schemas only, never used to read or write.</summary>
    private sealed class AsString<T> : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
