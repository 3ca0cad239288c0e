using System.Text.Json;
using System.Text.Json.Nodes;
using GoalLint.Model;
using GoalLint.Shared.Json;

namespace GoalLint.Tests.Ingest;

/// <summary>A document's tables as JSON without locations: what must not depend on the format a table came in.</summary>
internal static class ModelJson
{
    public static string Of(PerformanceDocument document)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(document.Tables, JsonDefaults.Options))!;
        Strip(json, ["at", "endLine"]);
        return json.ToJsonString(JsonDefaults.Options);
    }

    private static void Strip(JsonNode? node, string[] names)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in names)
                {
                    o.Remove(name);
                }

                foreach (var (_, child) in o)
                {
                    Strip(child, names);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child, names);
                }

                break;
        }
    }
}
