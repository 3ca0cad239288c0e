using GoalLint.Shared.Json;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Report.Json;
using GoalLint.Tests.Normalise;

namespace GoalLint.Tests.Json;

/// <summary>A damaged, foreign or newer normalised JSON never crashes a run: it is one located diagnostic.</summary>
public sealed class BadNormalisedJsonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-badjson-").FullName;

    private const string CurrentVersion = "\"schemaVersion\": \"" + NormalisedOutput.CurrentSchemaVersion + "\"";

    private static string Sample { get; } = NormalisedJson.Serialize([CorpusGoldenTests.Load("shaoguan-bdc-2019-selfeval.md")]);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Unknown_major_version_is_reported_where_it_is_written()
    {
        var document = Load(Sample.Replace(CurrentVersion, "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == "unsupported-schema-version");
        Assert.Equal((new SourceLocation(2, 20), "2.0"), (diagnostic.At, diagnostic.Evidence));
        Assert.Empty(document.Tables);
    }

    [Fact]
    public void A_newer_minor_version_is_read_and_its_new_fields_ignored()
    {
        var document = Load(Sample.Replace(CurrentVersion, "\"schemaVersion\": \"1.9\", \"addedLater\": [1, 2]", StringComparison.Ordinal)
            .Replace("\"endLine\":", "\"pageCount\": 3, \"endLine\":", StringComparison.Ordinal));

        Assert.Equal(CorpusGoldenTests.Load("shaoguan-bdc-2019-selfeval.md").Tables.Count, document.Tables.Count);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code is "malformed-json" or "unsupported-schema-version");
    }

    [Fact]
    public void Truncated_file_is_reported_at_the_cut()
    {
        var lines = Sample.Split('\n');
        var document = Load(string.Join('\n', lines.Take(200)));

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == "malformed-json");
        Assert.Equal(200, diagnostic.At.Line);
        Assert.Empty(document.Tables);
    }

    [Fact]
    public void Syntax_error_is_located_in_characters_not_bytes()
    {
        var broken = Sample.Replace("\"text\": \"市级财政支出项目绩效自评基础信息表\",", "\"text\": \"市级财政支出项目绩效自评基础信息表\" oops,", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("oops", StringComparison.Ordinal)) + 1;

        var diagnostic = Assert.Single(Load(broken).Diagnostics, d => d.Code == "malformed-json");

        Assert.Equal(new SourceLocation(line, broken.Split('\n')[line - 1].IndexOf("oops", StringComparison.Ordinal) + 1), diagnostic.At);
    }

    [Theory]
    [InlineData("\"text\": \"韶关市不动产登记中心\"", "\"text\": null")]
    [InlineData("\"kind\": \"selfEvaluation\"", "\"kind\": 7")]
    [InlineData("\"kind\": \"selfEvaluation\"", "\"kind\": \"notAKind\"")]
    [InlineData("\"indicators\": [\n", "\"indicators\": [null,\n")]
    [InlineData("\"line\": 9,", "\"line\": \"nine\",")]
    [InlineData("\"path\": \"corpus/shaoguan-bdc-2019-selfeval.md\",", "")]
    public void Value_the_model_cannot_hold_is_malformed_not_a_crash(string valid, string invalid)
    {
        Assert.Contains(valid, Sample, StringComparison.Ordinal);

        var document = Load(Sample.Replace(valid, invalid, StringComparison.Ordinal));

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == "malformed-json");
        Assert.True(diagnostic.At.Line > 1, diagnostic.Message);
        Assert.Empty(document.Tables);
    }

    [Fact]
    public void Findings_json_is_recognised_and_refused_as_input()
    {
        var document = Load(ReportFormatsJson());

        Assert.Single(document.Diagnostics, d => d.Code == "not-normalised-json");
        Assert.Empty(document.Tables);
        Assert.Equal("normalised-json", document.Layout);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": \"1.0\", \"tool\": { \"name\": \"othertool\" }, \"documents\": [] }")]
    [InlineData("{ \"documents\": [] }")]
    [InlineData("{ \"schemaVersion\": \"1.0\", \"tool\": { \"na")]
    public void Json_not_written_by_GoalLint_holds_no_table(string json)
    {
        var document = Load(json);

        Assert.Equal("unknown", document.Layout);
        Assert.Equal("no-table", Assert.Single(document.Diagnostics).Code);
    }

    private static string ReportFormatsJson() =>
        GoalLint.Report.ReportFormats.All["json"].Render(Report.ReportSample.Create());

    private PerformanceDocument Load(string text)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, text);
        return DocumentLoader.CreateDefault().Load(path);
    }
}
