using System.Text.Json.Nodes;

namespace GoalLint.Tests.Json;

/// <summary>The committed JSON Schemas in schemas/.</summary>
internal static class SchemaFiles
{
    public static string Path(string name) => Repo.InRepo("schemas", name + ".schema.json");

    public static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(Path(name)))!.AsObject();

    public static Task<NJsonSchema.JsonSchema> Parse(string name) => NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(Path(name)));
}
