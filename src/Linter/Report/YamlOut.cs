using System.Text.Json;
using GoalLint.Report.Json;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace GoalLint.Report;

/// <summary>
/// YAML output with the same shape, names and types as the JSON output (it is produced from it):
/// read back by any YAML reader it gives the JSON values again, so it passes the same schema.
/// </summary>
public static partial class YamlOut
{
    public static string Serialize<T>(T value)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(value, JsonDefaults.Options));
        return new SerializerBuilder()
            .WithEventEmitter(next => new QuoteWhatAReaderWouldChange(next))
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
    /// Double-quotes every string a YAML reader would not read back as the same string: edge
    /// whitespace or a tab (source rows keep their tabs, and a reader trims a plain scalar), and
    /// text that a reader resolves to another type — numbers written as text (<c>15.00</c>, the
    /// schema version <c>1.0</c>), dates, true/false/yes/no/on/off, null and ~.
    /// </summary>
    private sealed class QuoteWhatAReaderWouldChange(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Value is string text &&
                (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\t') || ResolvesToAnotherType().IsMatch(text)))
            {
                eventInfo.Style = ScalarStyle.DoubleQuoted;
            }

            base.Emit(eventInfo, emitter);
        }
    }

    /// <summary>What YAML 1.1 and 1.2 readers take for a number, date, boolean or null when unquoted.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^([-+.]?\d|[-+]?\.(inf|nan)$|~$|(null|true|false|yes|no|on|off|y|n)$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ResolvesToAnotherType();
}
