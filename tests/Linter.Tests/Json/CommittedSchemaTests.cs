using GoalLint.Shared.Json;
using System.Text.Json.Nodes;
using GoalLint.Report.Json;

namespace GoalLint.Tests.Json;

/// <summary>
/// schemas/*.schema.json are what consumers (CI gates, other tools) read, so they must equal the
/// schemas generated from the C# types that write the outputs, descriptions included.
/// </summary>
public class CommittedSchemaTests
{
    public static TheoryData<string> Names => [.. JsonSchemas.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_schema_equals_the_generated_one(string name)
    {
        var path = SchemaFiles.Path(name);
        var generated = JsonSchemas.Generate(name)! + "\n";
        if (Repo.UpdateGolden)
        {
            File.WriteAllText(path, generated);
            return;
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        Assert.True(committed == generated,
            $"schemas/{name}.schema.json is not the schema the code generates: the output's C# types or their doc comments changed. " +
            $"Regenerate it with `dotnet run --project src/Linter -- schema {name} --output schemas/{name}.schema.json` " +
            "(or run the tests with GOALLINT_UPDATE_GOLDEN=1), review the diff, and raise the schemaVersion if the shape changed " +
            "(minor for an added field, major for a removed or renamed one).");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Schema_pins_the_major_schema_version(string name)
    {
        var schema = SchemaFiles.Load(name);
        var version = JsonSchemas.All[name].Version;

        Assert.Contains("schemaVersion", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal($"^{version.Split('.')[0]}\\.[0-9]+$", schema["properties"]!["schemaVersion"]!["pattern"]!.GetValue<string>());
        Assert.Equal(version, schema["x-schemaVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Descriptions_come_from_the_doc_comments_of_both_assemblies()
    {
        var normalized = SchemaFiles.Load("normalized");
        var document = normalized["properties"]!["documents"]!["items"]!["properties"]!;

        // PerformanceDocument lives in GoalLint.Sdk, NormalisedOutput in goallint: both XML doc files must be found.
        Assert.Equal("One entry per input file, in the order read.", normalized["properties"]!["documents"]!["description"]!.GetValue<string>());
        Assert.Equal("Every table found, in source order.", document["tables"]!["description"]!.GetValue<string>());
        Assert.StartsWith("1-based line", document["diagnostics"]!["items"]!["properties"]!["at"]!["properties"]!["line"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_the_output_leaves_out_when_null_is_not_required()
    {
        var finding = SchemaFiles.Load("findings")["properties"]!["findings"]!["items"]!;
        var table = finding["properties"]!["table"]!;

        Assert.DoesNotContain("table", Required(finding));
        Assert.DoesNotContain("projectCode", Required(table));
        Assert.Contains("index", Required(table));
    }

    private static string[] Required(JsonNode schema) =>
        schema["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToArray() ?? [];
}
