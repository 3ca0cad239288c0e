using System.Text.Json.Nodes;
using GoalLint.Check.Packs;
using GoalLint.Report;
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
            Assert.Matches("^[0-9a-f]{20}:[0-9]+$", (string?)result["partialFingerprints"]![SarifFormat.FingerprintKey]);
        }
    }

    [Fact]
    public void Files_are_relative_to_a_declared_base_and_regions_are_full()
    {
        var run = JsonNode.Parse(Sarif)!["runs"]![0]!;
        Assert.EndsWith("/", (string?)run["originalUriBaseIds"]![SarifFormat.SourceRoot]!["uri"], StringComparison.Ordinal);
        foreach (var result in run["results"]!.AsArray())
        {
            var location = result!["locations"]![0]!["physicalLocation"]!;
            Assert.Equal(SarifFormat.SourceRoot, (string?)location["artifactLocation"]!["uriBaseId"]);
            Assert.False(Path.IsPathRooted((string?)location["artifactLocation"]!["uri"]));
            if (location["region"] is { } region)
            {
                Assert.Equal((int)region["startLine"]!, (int)region["endLine"]!);
                Assert.True((int)region["endColumn"]! > (int)region["startColumn"]!);
            }
        }

        var vague = run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "vague-value")!["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal(30 + "有效提升".Length, (int)vague["endColumn"]!);
    }

    [Fact]
    public void An_input_outside_the_working_folder_gets_its_own_base_not_an_absolute_path()
    {
        var outside = Path.Combine(Path.GetTempPath(), "goallint-sarif", "深圳", "b.xlsx");
        var uris = new ArtifactUris(["submissions/a.txt", outside], "/work/checkout");
        Assert.Equal(("submissions/a.txt", SarifFormat.SourceRoot), uris.Relative("submissions/a.txt"));
        Assert.Equal(("b.xlsx", SarifFormat.InputRoot), uris.Relative(outside));
    }

    [Fact]
    public void Invocation_carries_the_exit_code_and_rule_failures()
    {
        var result = ReportSample.Create();
        var failed = result with { RuleFailures = [new GoalLint.Check.Engine.RuleFailure("year-mismatch", "rules/core/year-mismatch.yaml", "time limit")] };
        var invocation = JsonNode.Parse(new SarifFormat(new ReportSettings { ExitCode = 3, ExecutionSuccessful = false }).Render(failed))!["runs"]![0]!["invocations"]![0]!;
        Assert.False((bool)invocation["executionSuccessful"]!);
        Assert.Equal(3, (int)invocation["exitCode"]!);
        var note = invocation["toolExecutionNotifications"]![0]!;
        Assert.Equal("year-mismatch", (string?)note["associatedRule"]!["id"]);
        Assert.Equal("error", (string?)note["level"]);
        Assert.True((bool)JsonNode.Parse(Sarif)!["runs"]![0]!["invocations"]![0]!["executionSuccessful"]!);
    }

    [Fact]
    public void Driver_names_its_version_and_home_and_rules_link_to_their_docs()
    {
        var driver = JsonNode.Parse(new SarifFormat(new ReportSettings { DocBase = "https://docs.example.cn/goallint/{pack}/{id}.html" }).Render(ReportSample.Create()))!["runs"]![0]!["tool"]!["driver"]!;
        Assert.False(string.IsNullOrEmpty((string?)driver["version"]));
        Assert.StartsWith("https://", (string?)driver["informationUri"], StringComparison.Ordinal);
        Assert.Equal("https://docs.example.cn/goallint/core/vague-value.html", (string?)driver["rules"]!.AsArray().Single(r => (string?)r!["id"] == "vague-value")!["helpUri"]);
    }

    [Fact]
    public async Task Corpus_run_passes_the_schema_with_a_fingerprint_unique_per_result()
    {
        var sarif = new SarifFormat().Render(LintPipeline.Lint([Repo.Corpus], RuleSetBuilder.Build(new RuleSetOptions())));
        var errors = (await Schema()).Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        var results = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray().Select(r => r!).ToArray();
        var fingerprints = results.Select(r => (string)r["partialFingerprints"]![SarifFormat.FingerprintKey]!).ToArray();
        Assert.NotEmpty(fingerprints);
        Assert.Equal(fingerprints.Length, fingerprints.Distinct(StringComparer.Ordinal).Count());

        // Only findings a reader could not tell apart (same rule, indicator and evidence, same field) share a key before its :N.
        foreach (var same in results.GroupBy(r => ((string)r["partialFingerprints"]![SarifFormat.FingerprintKey]!).Split(':')[0]).Where(g => g.Count() > 1))
        {
            Assert.Single(same.Select(r => $"{r["ruleId"]}|{r["properties"]!["indicator"]}|{r["properties"]!["evidence"]}").Distinct());
        }
    }

    [Fact]
    public void Two_fields_of_one_indicator_with_the_same_evidence_get_different_fingerprints()
    {
        var result = ReportSample.Create();
        var vague = result.Findings.Single(f => f.RuleId == "vague-value");
        var document = result.Documents.Single(d => d.Path == vague.File);
        var onName = vague with { At = document.Tables[0].Indicators[1].Name!.At };
        Assert.NotEqual(SarifFormat.Fingerprint(vague, document), SarifFormat.Fingerprint(onName, document));
        Assert.Equal(SarifFormat.Fingerprint(vague, document), SarifFormat.Fingerprint(vague with { }, document));
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
