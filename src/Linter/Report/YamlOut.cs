using System.Text.Json;
using GoalLint.Report.Json;
using YamlDotNet.Serialization;

namespace GoalLint.Report;

/// <summary>YAML output with the same shape and names as the JSON output (it is produced from it).</summary>
public static class YamlOut
{
    public static string Serialize<T>(T value)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(value, JsonDefaults.Options));
        return new SerializerBuilder().Build().Serialize(ToPlain(json.RootElement));
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
}
