using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GoalLint.Shared.Json;

/// <summary>One set of JSON conventions for every machine format: camelCase, enums as camelCase strings, nulls omitted, Chinese kept readable.</summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Create(strict: false);

    /// <summary>
    /// The same conventions for reading GoalLint's own JSON back from a file a user hands in. A
    /// null or missing value where the model has none, a null list entry or an enum written as a
    /// number is an error, so an edited file cannot build a model the writer never produces.
    /// </summary>
    public static JsonSerializerOptions Strict { get; } = Create(strict: true);

    private static JsonSerializerOptions Create(bool strict)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = 64,
            RespectNullableAnnotations = strict,
            RespectRequiredConstructorParameters = strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: !strict));
        if (strict)
        {
            options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NullableIsOptional, RejectNullEntries } };
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The writer leaves nulls out, so a constructor parameter that may be null may be absent.</summary>
    private static void NullableIsOptional(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => p.IsRequired && p.IsSetNullable))
        {
            property.IsRequired = false;
        }
    }

    /// <summary>Nullable annotations do not reach list entries, so lists of objects are checked once read.</summary>
    private static void RejectNullEntries(JsonTypeInfo type)
    {
        var lists = type.Kind == JsonTypeInfoKind.Object
            ? type.Properties.Where(p => p.Get is not null && ListEntryType(p.PropertyType) is { IsValueType: false }).ToArray()
            : [];
        if (lists.Length > 0)
        {
            type.OnDeserialized = value =>
            {
                foreach (var list in lists)
                {
                    if (list.Get!(value) is IEnumerable entries && entries.Cast<object?>().Contains(null))
                    {
                        throw new JsonException($"The list '{list.Name}' holds a null entry.");
                    }
                }
            };
        }
    }

    private static Type? ListEntryType(Type type) =>
        type == typeof(string) ? null
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
