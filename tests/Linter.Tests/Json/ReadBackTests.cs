using System.Text.Json.Nodes;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;
using GoalLint.Report.Json;
using GoalLint.Tests.Normalise;

namespace GoalLint.Tests.Json;

/// <summary>
/// GoalLint's normalised JSON is an input layout: <c>normalize</c> output read back gives the
/// same tables and diagnostics. The read-back document is the JSON file itself (format json,
/// layout normalisedJson); its tables keep their own layout and source locations.
/// </summary>
public sealed class ReadBackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-readback-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(CorpusGoldenTests.CorpusFiles), MemberType = typeof(CorpusGoldenTests))]
    public void Normalised_corpus_file_reads_back_to_the_same_model(string file, LayoutFamily layout, int tables)
    {
        var first = NormalisedJson.Serialize([CorpusGoldenTests.Load(file)]);
        var saved = Save(Path.GetFileNameWithoutExtension(file) + ".model", first);

        var readBack = Normaliser.Normalise(DocumentLoader.CreateDefault().Load(saved, "corpus/" + file));

        Assert.Equal((LayoutFamily.NormalisedJson, SourceFormat.Json), (readBack.Layout, readBack.Format));
        Assert.Equal(tables, readBack.Tables.Count);
        Assert.All(readBack.Tables, t => Assert.Equal(layout, t.Layout));
        var second = NormalisedJson.Serialize([readBack]);
        Assert.Equal(Model(first), Model(second));
    }

    [Fact]
    public void Every_document_of_a_many_file_output_is_read_back()
    {
        var documents = Directory.GetFiles(Repo.InRepo("examples")).Order(StringComparer.Ordinal)
            .Select(f => Normaliser.Normalise(DocumentLoader.CreateDefault().Load(f))).ToArray();
        var saved = Save("examples.json", NormalisedJson.Serialize(documents));

        var readBack = DocumentLoader.CreateDefault().Load(saved);

        Assert.Equal(documents.SelectMany(d => d.Tables).Select(t => (t.Layout, t.Header.ProjectName?.Text, t.Indicators.Count)),
            readBack.Tables.Select(t => (t.Layout, t.Header.ProjectName?.Text, t.Indicators.Count)));
        Assert.Equal(documents.SelectMany(d => d.Diagnostics), readBack.Diagnostics);
    }

    [Fact]
    public void Lint_finds_the_same_on_the_model_read_back()
    {
        const string file = "shaoguan-bdc-2019-selfeval.md";
        var saved = Save("shaoguan.json", NormalisedJson.Serialize([CorpusGoldenTests.Load(file)]));
        var rules = RuleSetBuilder.Build(new RuleSetOptions());

        var original = LintPipeline.Lint([Repo.CorpusFile(file)], rules, _ => "corpus/" + file);
        var readBack = LintPipeline.Lint([saved], rules, _ => "corpus/" + file);

        Assert.NotEmpty(original.Findings);
        Assert.Equal(original.Findings.Select(f => f.Fingerprint + f.At), readBack.Findings.Select(f => f.Fingerprint + f.At));
    }

    private string Save(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>What a model is: every table and diagnostic of every document (not the file that held them).</summary>
    private static string Model(string output) =>
        new JsonArray([.. JsonNode.Parse(output)!["documents"]!.AsArray().Select(d => new JsonObject
        {
            ["tables"] = d!["tables"]!.DeepClone(),
            ["diagnostics"] = d["diagnostics"]!.DeepClone(),
        })]).ToJsonString(JsonDefaults.Options);
}
