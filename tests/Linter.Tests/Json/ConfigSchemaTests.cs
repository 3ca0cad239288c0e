using System.Globalization;
using System.Text.Json.Nodes;
using GoalLint.Check.Yaml;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace GoalLint.Tests.Json;

/// <summary>
/// schemas/rule.schema.json, profile.schema.json, vocabulary.schema.json and forms.schema.json, for editors, equal what the code
/// generates from the types the YAML reader fills; every shipped rule and profile passes them,
/// and a misspelt key does not.
/// </summary>
public sealed class ConfigSchemaTests
{
    public static TheoryData<string> Names => [.. ConfigSchemas.All.Keys];

    public static TheoryData<string, string> ShippedFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in Directory.EnumerateFiles(Repo.InRepo("rules"), "*.yaml", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "pack.yaml").Order(StringComparer.Ordinal))
            {
                var schema = Path.GetFileName(file) == "forms.yaml" ? "forms" : Path.GetFileName(Path.GetDirectoryName(file)) switch { "profiles" => "profile", "vocabulary" => "vocabulary", _ => "rule" };
                data.Add(schema, Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_schema_equals_the_generated_one(string name) =>
        Golden.AssertMatches(Repo.InRepo("schemas", name + ".schema.json"), ConfigSchemas.Generate(name)! + "\n");

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task Shipped_file_passes_its_schema(string schema, string file)
    {
        var errors = (await Schema(schema)).Validate(Json(File.ReadAllText(Repo.InRepo(file))));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [InlineData("rule", "id: x\ntitle: X\ncategory: vague-value\nmessage: m\ncheck:\n  kind: text\n  feild: indicator.name\n")]
    [InlineData("rule", "id: x\ntitle: X\ncategory: vagueness\nmessage: m\ncheck:\n  kind: text\n")]
    [InlineData("rule", "id: x\ntitle: X\ncategory: vague-value\nmessage: m\ncheck:\n  kind: regex\n")]
    [InlineData("profile", "extends: guangdong\nrules:\n  vague-value:\n    severity: fatal\n")]
    [InlineData("profile", "extend: guangdong\n")]
    public async Task A_misspelt_key_or_value_fails_the_schema(string schema, string yaml) =>
        Assert.NotEmpty((await Schema(schema)).Validate(Json(yaml)));

    private static Task<JsonSchema> Schema(string name) => JsonSchema.FromJsonAsync(ConfigSchemas.Generate(name)!);

    /// <summary>YAML as an editor's schema support sees it: plain scalars that read as numbers or booleans are typed.</summary>
    private static string Json(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!.ToJsonString();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var v } when decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
