using System.Text.Json.Nodes;
using GoalLint.Report.Sarif;
using NJsonSchema;

namespace GoalLint.Tests.Report;

/// <summary>SARIF output against a hand-written reduced SARIF 2.1.0 schema, and the links GitHub relies on.</summary>
public sealed class SarifTests
{
    private static readonly string Sarif = Render();

    private static string Render()
    {
        var result = ReportSample.Create();
        return new SarifFormat().Render(result, ReportSample.Sifted(result));
    }

    private static Task<JsonSchema> Schema() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repo.InRepo("tests", "Linter.Tests", "Report", "sarif-2.1.0.reduced.schema.json")));

    [Fact]
    public async Task Output_passes_the_schema()
    {
        var errors = (await Schema()).Validate(Sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Schema_rejects_a_result_without_message()
    {
        var doc = JsonNode.Parse(Sarif)!;
        doc["runs"]![0]!["results"]![0]!.AsObject().Remove("message");
        Assert.NotEmpty((await Schema()).Validate(doc.ToJsonString()));
    }

    [Fact]
    public void Every_result_points_at_its_rule_and_carries_its_fingerprint()
    {
        var run = JsonNode.Parse(Sarif)!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(ReportSample.Rules.Count, rules.Count);
        foreach (var result in run["results"]!.AsArray())
        {
            Assert.Equal((string?)result!["ruleId"], (string?)rules[(int)result["ruleIndex"]!]!["id"]);
            Assert.Matches("^[0-9a-f]{20}$", (string?)result["partialFingerprints"]![SarifFormat.FingerprintKey]);
        }
    }

    [Fact]
    public void Spreadsheet_cell_goes_into_message_and_properties()
    {
        var cell = JsonNode.Parse(Sarif)!["runs"]![0]!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "formula-mismatch")!;
        Assert.StartsWith("Sheet1!D3: ", (string?)cell["message"]!["text"], StringComparison.Ordinal);
        Assert.Equal("D3", (string?)cell["properties"]!["cell"]);
        Assert.Equal("submissions/%E6%B7%B1%E5%9C%B3/b.xlsx", (string?)cell["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }

    [Fact]
    public void Waived_finding_is_an_accepted_suppression_and_an_expired_waiver_is_not()
    {
        var results = JsonNode.Parse(Sarif)!["runs"]![0]!["results"]!.AsArray();
        var waived = results.Single(r => (string?)r!["ruleId"] == "vague-value")!["suppressions"]![0]!;
        Assert.Equal("accepted", (string?)waived["status"]);
        Assert.Contains("市财政局绩效科 王某", (string?)waived["justification"], StringComparison.Ordinal);
        Assert.Null(results.Single(r => (string?)r!["ruleId"] == "formula-mismatch")!["suppressions"]);
    }
}
