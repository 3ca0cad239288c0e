using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalLint.Shared.Cache;

/// <summary>
/// An untyped YAML value (a rule's <c>params</c>) as YamlDotNet gives it, through JSON and back:
/// a scalar is a string, a sequence a <c>List&lt;object&gt;</c>, a mapping a
/// <c>Dictionary&lt;object, object&gt;</c> with string keys, and <c>~</c> null.
/// </summary>
public sealed class YamlValueConverter : JsonConverter<object>
{
    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartArray:
                var list = new List<object>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader, typeToConvert, options)!);
                }

                return list;
            case JsonTokenType.StartObject:
                var map = new Dictionary<object, object>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = Read(ref reader, typeToConvert, options)!;
                }

                return map;
            default:
                throw new JsonException($"a YAML value is a string, a list or a map, not {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case IDictionary<object, object> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key as string ?? throw new JsonException($"a YAML map key is a string, not {key.GetType().Name}"));
                    Write(writer, item, options);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new JsonException($"a YAML value is a string, a list or a map, not {value.GetType().Name}");
        }
    }
}
