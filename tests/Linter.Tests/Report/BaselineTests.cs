using GoalLint.Check.Yaml;
using GoalLint.Report.Baseline;

namespace GoalLint.Tests.Report;

/// <summary>Baselines: written, read back, and still matching after tables move within a file.</summary>
public sealed class BaselineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-baseline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Round_trip_leaves_nothing_new()
    {
        var path = Path.Combine(_dir, "baseline.json");
        var findings = ReportSample.Create().Findings;
        BaselineFile.For(findings).Write(path);
        var (fresh, baselined) = BaselineFile.Read(path, "baseline.json").Apply(findings);
        Assert.Empty(fresh);
        Assert.Equal(findings, baselined);
    }

    [Fact]
    public void Moving_a_table_within_its_file_reports_zero_new_findings()
    {
        var before = BaselineFile.For(ReportSample.Create().Findings);
        var after = ReportSample.Create(moved: true);
        Assert.NotEqual(ReportSample.Create().Findings.First(f => f.RuleId == "vague-value").At, after.Findings.First(f => f.RuleId == "vague-value").At);
        Assert.Empty(before.Apply(after.Findings).New);
    }

    [Fact]
    public void New_finding_is_reported()
    {
        var findings = ReportSample.Create().Findings;
        var baseline = BaselineFile.For(findings.Skip(1));
        Assert.Equal([findings.First()], baseline.Apply(findings).New);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": \"1.0\", \"findings\": [ }", "bad.json(1,")]
    [InlineData("{ \"schemaVersion\": \"9.0\", \"tool\": \"x\", \"findings\": [] }", "bad.json(1,1): error: baseline schema 9.0")]
    [InlineData("[]", "bad.json(1,")]
    public void Bad_baseline_is_a_located_error(string json, string expected)
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, json);
        var ex = Assert.Throws<ConfigurationException>(() => BaselineFile.Read(path, "bad.json"));
        Assert.StartsWith(expected, ex.Errors[0].ToString(), StringComparison.Ordinal);
    }
}
