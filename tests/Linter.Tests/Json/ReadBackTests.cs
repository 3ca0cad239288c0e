using GoalLint.Shared.Json;
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
/// same documents, each under the path it was first read from, with its own format, layout and
/// locations, so <c>normalize</c> of the JSON prints what <c>normalize</c> of the sources printed.
/// </summary>
public sealed class ReadBackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-readback-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(CorpusGoldenTests.CorpusFiles), MemberType = typeof(CorpusGoldenTests))]
    public void Normalised_corpus_file_reads_back_to_the_same_model(string file, string layout, int tables)
    {
        var first = NormalisedJson.Serialize([CorpusGoldenTests.Load(file)]);
        var saved = Save(Path.GetFileNameWithoutExtension(file) + ".model", first);

        var readBack = Assert.Single(LintPipeline.Read([saved]));

        Assert.Equal((layout, tables), (readBack.Layout, readBack.Tables.Count));
        Assert.Equal(first, NormalisedJson.Serialize([readBack]));
    }

    [Fact]
    public void Every_document_of_a_many_file_output_is_read_back()
    {
        var documents = Directory.GetFiles(Repo.InRepo("examples")).Order(StringComparer.Ordinal)
            .Select(f => Normaliser.Normalise(DocumentLoader.CreateDefault().Load(f))).ToArray();
        var saved = Save("examples.json", NormalisedJson.Serialize(documents));

        var readBack = LintPipeline.Read([saved]);

        Assert.Equal(documents.Select(d => d.Path), readBack.Select(d => d.Path));
        Assert.Equal(NormalisedJson.Serialize(documents), NormalisedJson.Serialize(readBack));
    }

    [Fact]
    public void Lint_finds_the_same_on_the_model_read_back()
    {
        const string file = "shaoguan-bdc-2019-selfeval.md";
        var saved = Save("shaoguan.json", NormalisedJson.Serialize([CorpusGoldenTests.Load(file)]));
        var rules = RuleSetBuilder.Build(new RuleSetOptions());

        var original = LintPipeline.Lint([Repo.CorpusFile(file)], rules, _ => "corpus/" + file);
        var readBack = LintPipeline.Lint([saved], rules);

        Assert.NotEmpty(original.Findings);
        Assert.Equal(original.Findings.Select(f => $"{f.File} {f.At} {f.Fingerprint}"), readBack.Findings.Select(f => $"{f.File} {f.At} {f.Fingerprint}"));
    }

    private string Save(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
