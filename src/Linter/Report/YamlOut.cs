using GoalLint.Shared.Json;
using System.Text.Json;
using GoalLint.Report.Json;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace GoalLint.Report;

/// <summary>YAML output with the same shape and names as the JSON output (it is produced from it).</summary>
public static class YamlOut
{
    public static string Serialize<T>(T value)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(value, JsonDefaults.Options));
        return new SerializerBuilder()
            .WithEventEmitter(next => new QuoteEdgeWhitespace(next))
            .Build()
            .Serialize(ToPlain(json.RootElement));
    }

    private static object? ToPlain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>
    /// Source rows keep their tabs (a blank first cell is a leading tab); YamlDotNet writes such a
    /// string as a plain scalar, which a reader trims, so strings with edge whitespace or a tab are double-quoted.
    /// </summary>
    private sealed class QuoteEdgeWhitespace(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Value is string { Length: > 0 } text &&
                (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\t')))
            {
                eventInfo.Style = ScalarStyle.DoubleQuoted;
            }

            base.Emit(eventInfo, emitter);
        }
    }
}
