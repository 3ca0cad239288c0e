using GoalLint.Benchmarks.Generator;
using GoalLint.Check.Packs;
using GoalLint.Report;

namespace GoalLint.Tests.Bench;

/// <summary>
/// The scale corpus the benchmark lints must be what it claims: files of every family that
/// GoalLint's readers take back whole, with defects the core pack finds at modest rates, and the
/// same bytes for the same seed. Data-driven, never timed (speed is the benchmark's business).
/// </summary>
public sealed class GeneratedCorpusTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("goallint-gen-");

    public static TheoryData<string> Families => [.. CorpusGenerator.Families.Select(f => f.Family)];

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_family_reads_back_with_the_tables_and_indicators_written(string family)
    {
        var writer = CorpusGenerator.Families.Single(f => f.Family == family);

        var corpus = CorpusGenerator.Generate(Dir(family), 60, seed: 7, minPerFile: 10, maxPerFile: 40, families: [writer]);
        var documents = LintPipeline.Read(Directory.GetFiles(corpus.Directory));

        Assert.True(corpus.Files >= 2, $"{corpus.Files} files");
        Assert.All(documents, d => Assert.Equal(writer.Layout, d.Layout));
        Assert.Equal(60, documents.Sum(d => d.Tables.Count));
        Assert.Equal(corpus.IndicatorsByFamily[family], documents.Sum(d => d.Tables.Sum(t => t.Indicators.Count)));
    }

    [Fact]
    public void The_core_pack_fires_a_spread_of_rules_at_modest_rates()
    {
        // Files of at most 40 tables keep the per-document rules cheap enough for a busy test machine.
        var corpus = CorpusGenerator.Generate(Dir("all"), 400, seed: 3, minPerFile: 10, maxPerFile: 40);

        var result = LintPipeline.Lint(Directory.GetFiles(corpus.Directory), RuleSetBuilder.Build(new RuleSetOptions()));

        Assert.Empty(result.RuleFailures);
        Assert.Equal(400, result.TableCount);
        var perRule = result.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());
        string[] injected =
        [
            "vague-value", "missing-unit", "year-mismatch", "placeholder-goal", "duplicate-indicator-name", "copied-cycle-count",
            "cost-bound-vs-budget", "cost-not-a-cost", "missing-cost-indicator", "missing-satisfaction", "deviation-unexplained",
            "selfeval-score-arithmetic", "unreadable-structure", "duplicate-indicator-block",
        ];
        Assert.All(injected, id => Assert.True(perRule.ContainsKey(id), $"{id} never fired: {Show(perRule)}"));
        Assert.All(perRule, r => Assert.True(r.Value < result.TableCount, $"{r.Key} fired {r.Value} times on {result.TableCount} tables: {Show(perRule)}"));
    }

    /// <summary>
    /// Speed work must not move a finding: what the core pack reports on a generated corpus of every
    /// family (run-scoped rules included) is held as a golden, written before the streaming run.
    /// </summary>
    [Fact]
    public void Findings_on_a_generated_corpus_match_the_golden()
    {
        var corpus = CorpusGenerator.Generate(Dir("golden"), 300, seed: 5, minPerFile: 10, maxPerFile: 40);

        var result = LintPipeline.Lint(Directory.GetFiles(corpus.Directory), RuleSetBuilder.Build(new RuleSetOptions()), f => "generated/" + Path.GetFileName(f));

        Golden.AssertMatches(Repo.InRepo("tests", "golden", "findings", "generated-300-seed5.txt"), ReportFormats.All["text"].Render(result));
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        var first = CorpusGenerator.Generate(Dir("a"), 150, seed: 11);
        var again = CorpusGenerator.Generate(Dir("b"), 150, seed: 11);
        var other = CorpusGenerator.Generate(Dir("c"), 150, seed: 12);

        Assert.Equal(Contents(first), Contents(again));
        Assert.NotEqual(Contents(first), Contents(other));
    }

    public void Dispose() => _root.Delete(recursive: true);

    private string Dir(string name) => Path.Combine(_root.FullName, name);

    private static string[] Contents(GeneratedCorpus corpus) =>
        [.. Directory.GetFiles(corpus.Directory).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + "\n" + Convert.ToHexString(File.ReadAllBytes(f)))];

    private static string Show(Dictionary<string, int> perRule) => string.Join(", ", perRule.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}"));
}
