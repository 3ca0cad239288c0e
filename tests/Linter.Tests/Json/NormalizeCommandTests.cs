using GoalLint.Shared.Json;
using System.Text.Json.Nodes;
using GoalLint.Cli;
using GoalLint.Report.Json;
using GoalLint.Tests.Report;
using YamlDotNet.Serialization;

namespace GoalLint.Tests.Json;

/// <summary>
/// <c>goallint normalize PATH... [--format json|yaml] [--output FILE]</c> as the README states it:
/// files and folders (recursive), one versioned document with every table.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class NormalizeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-normalize-").FullName;

    public NormalizeCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in", "2024", "东莞"));
        File.Copy(Repo.InRepo("examples", "guangdong-goals-2024.txt"), Path.Combine(_dir, "in", "2024", "东莞", "goals.txt"));
        File.Copy(Repo.InRepo("examples", "hebei-goals-2024.md"), Path.Combine(_dir, "in", "hebei.md"));
        File.Copy(Repo.InRepo("examples", "shenzhen-selfeval-2020.txt"), Path.Combine(_dir, "shenzhen.txt"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Files_and_folders_recursively_make_one_versioned_document()
    {
        var output = Normalize(Path.Combine(_dir, "in"), Path.Combine(_dir, "shenzhen.txt"));

        Assert.Equal(NormalisedOutput.CurrentSchemaVersion, output["schemaVersion"]!.GetValue<string>());
        Assert.Equal("goallint", output["tool"]!["name"]!.GetValue<string>());
        var documents = output["documents"]!.AsArray();
        Assert.Equal(["goals.txt", "hebei.md", "shenzhen.txt"], documents.Select(d => Path.GetFileName(d!["path"]!.GetValue<string>())));
        Assert.Equal(["guangdong-goals-pdf-text", "hebei-goals", "shenzhen-self-evaluation"], documents.Select(d => d!["layout"]!.GetValue<string>()));
        Assert.All(documents, d => Assert.NotEmpty(d!["tables"]!.AsArray()));
    }

    [Fact]
    public void Yaml_holds_the_same_model_as_json() => AssertYamlEqualsJson(Path.Combine(_dir, "in", "2024"));

    [Fact]
    public void Yaml_keeps_a_leading_tab() => AssertYamlEqualsJson(Path.Combine(_dir, "in", "hebei.md"));

    private void AssertYamlEqualsJson(string input)
    {
        var json = Normalize(input);
        var yamlFile = Path.Combine(_dir, "out.yaml");

        Assert.Equal(ExitCodes.Clean, Run(["normalize", input, "--format", "yaml", "--output", yamlFile]));

        var yaml = new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(yamlFile));
        Assert.Equal(Leaves(json), Leaves(yaml));
    }

    [Fact]
    public void Its_own_output_is_an_input()
    {
        var first = Path.Combine(_dir, "first.out");
        Run(["normalize", Path.Combine(_dir, "in"), "--output", first]);

        var again = Normalize(first);

        Assert.Equal(JsonNode.Parse(File.ReadAllText(first))!["documents"]!.ToJsonString(), again["documents"]!.ToJsonString());
    }

    [Fact]
    public void Missing_path_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, Run(["normalize", Path.Combine(_dir, "absent.txt")]));

    private JsonNode Normalize(params string[] paths)
    {
        var output = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".json");
        Assert.Equal(ExitCodes.Clean, Run(["normalize", .. paths, "--output", output]));
        return JsonNode.Parse(File.ReadAllText(output))!;
    }

    /// <summary>Every key and leaf as text, in order: YAML does not keep JSON's number/string distinction.</summary>
    private static IEnumerable<string> Leaves(object? value) => value switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Leaves),
        IDictionary<object, object> d => d.SelectMany(p => Leaves(p.Value).Prepend((string)p.Key)),
        IList<object> l => l.SelectMany(Leaves),
        _ => [value?.ToString() ?? ""],
    };

    private static int Run(string[] args)
    {
        var oldError = Console.Error;
        Console.SetError(new StringWriter());
        try
        {
            return GoalLintCommand.Create().Parse(args).Invoke();
        }
        finally
        {
            Console.SetError(oldError);
        }
    }
}
