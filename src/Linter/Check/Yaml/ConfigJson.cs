using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GoalLint.Check.Kinds;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;
using GoalLint.Shared.Cache;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Rule, pack and profile files as read, for <see cref="ParsedCache"/>: source-generated JSON with a
/// check's kind as its discriminator, from <see cref="CheckKinds.ByName"/> (every kind is listed
/// below too, for the generator; a test keeps the two lists equal).
/// </summary>
[JsonSerializable(typeof(RuleFile))]
[JsonSerializable(typeof(PackFile))]
[JsonSerializable(typeof(ProfileFile))]
[JsonSerializable(typeof(TextCheck))]
[JsonSerializable(typeof(ValueCheck))]
[JsonSerializable(typeof(MeasureCheck))]
[JsonSerializable(typeof(RequiredCheck))]
[JsonSerializable(typeof(CompareCheck))]
[JsonSerializable(typeof(IngestCheck))]
[JsonSerializable(typeof(ScriptCheck))]
[JsonSerializable(typeof(PluginCheck))]
internal sealed partial class ConfigJson : JsonSerializerContext
{
    // Built on first use: the generated Default is a static of another part of this class, so a field initialiser here could run before it.
    private static JsonSerializerOptions? _polymorphic;

    private static JsonSerializerOptions Polymorphic => _polymorphic ??= new()
    {
        IgnoreReadOnlyProperties = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new YamlValueConverter(), new ParsableConverter<Field>(), new ParsableConverter<Category>() },
        TypeInfoResolver = Default.WithAddedModifier(info =>
        {
            if (info.Type == typeof(CheckSpec))
            {
                info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$kind" };
                foreach (var (name, type) in CheckKinds.ByName)
                {
                    info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, name));
                }
            }
        }),
    };

    /// <summary>The cached form of <typeparamref name="T"/>, or null for a type the cache does not keep.</summary>
    public static JsonTypeInfo<T>? For<T>() => Polymorphic.TryGetTypeInfo(typeof(T), out var info) ? info as JsonTypeInfo<T> : null;
}

/// <summary>A value written as the text it parses from (a field name, a category), for <see cref="ConfigJson"/>.</summary>
internal sealed class ParsableConverter<T> : JsonConverter<T>
    where T : IParsable<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.Parse(reader.GetString() ?? throw new JsonException($"a {typeof(T).Name} is a string"), null);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
