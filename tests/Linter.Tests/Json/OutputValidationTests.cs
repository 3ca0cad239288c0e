using GoalLint.Shared.Json;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Normalise;
using GoalLint.Report;
using GoalLint.Report.Json;
using GoalLint.Tests.Normalise;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Json;

/// <summary>What GoalLint writes validates against the committed schemas (NJsonSchema, an independent validator).</summary>
public class OutputValidationTests
{
    public static TheoryData<string> CorpusFiles => [.. CorpusGoldenTests.CorpusFiles.Select(row => (string)row[0])];

    public static TheoryData<string> ExampleFiles => [.. Directory.GetFiles(Repo.InRepo("examples")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Normalised_corpus_file_validates(string file)
    {
        var json = NormalisedJson.Serialize([CorpusGoldenTests.Load(file)]);

        AssertValid(await SchemaFiles.Parse("normalized"), json);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Normalised_example_validates(string file)
    {
        var document = Normaliser.Normalise(DocumentLoader.CreateDefault().Load(Repo.InRepo("examples", file), "examples/" + file));

        AssertValid(await SchemaFiles.Parse("normalized"), NormalisedJson.Serialize([document]));
    }

    [Fact]
    public async Task Normalised_unreadable_file_validates()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var document = DocumentLoader.CreateDefault().Load(empty);
            Assert.NotEmpty(document.Diagnostics);
            AssertValid(await SchemaFiles.Parse("normalized"), NormalisedJson.Serialize([document]));
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public async Task Lint_json_of_the_corpus_validates()
    {
        var files = Directory.GetFiles(Repo.Corpus).Order(StringComparer.Ordinal).ToArray();
        var result = LintPipeline.Lint(files, RuleSetBuilder.Build(new RuleSetOptions()), f => "corpus/" + Path.GetFileName(f));
        Assert.NotEmpty(result.Findings);

        AssertValid(await SchemaFiles.Parse("findings"), ReportFormats.All["json"].Render(result));
    }

    /// <summary>The hand-made run has what the corpus lacks: spreadsheet cells, file-level findings (no table), every severity.</summary>
    [Fact]
    public async Task Lint_json_of_the_report_sample_validates() =>
        AssertValid(await SchemaFiles.Parse("findings"), ReportFormats.All["json"].Render(ReportSample.Create()));

    /// <summary>The schema has teeth: a wrong version, enum, type or missing field deep in the model is caught.</summary>
    [Theory]
    [InlineData("\"schemaVersion\": \"" + NormalisedOutput.CurrentSchemaVersion + "\"", "\"schemaVersion\": \"2.0\"")]
    [InlineData("\"kind\": \"selfEvaluation\"", "\"kind\": \"survey\"")]
    [InlineData("\"line\": 9,", "\"line\": \"9\",")]
    [InlineData("\"yuan\": 2000000,", "")]
    public async Task Schema_rejects_a_broken_output(string valid, string invalid)
    {
        var json = NormalisedJson.Serialize([CorpusGoldenTests.Load("shaoguan-bdc-2019-selfeval.md")]);
        Assert.Contains(valid, json, StringComparison.Ordinal);

        Assert.NotEmpty((await SchemaFiles.Parse("normalized")).Validate(json.Replace(valid, invalid, StringComparison.Ordinal)));
    }

    private static void AssertValid(NJsonSchema.JsonSchema schema, string json)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path}: {e.Kind} {e}")));
    }
}
