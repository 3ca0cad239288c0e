using BenchmarkDotNet.Attributes;
using GoalLint.Benchmarks.Generator;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Benchmarks.Micro;

/// <summary>
/// One generated table of each layout family: read and normalised from its file, and checked by
/// the full core pack (every table-scoped rule, plus the run-scoped ones over a run of one).
/// </summary>
[Config(typeof(MicroConfig))]
public class TableBench
{
    private readonly DocumentLoader _loader = DocumentLoader.CreateDefault();
    private string _file = "";
    private PerformanceDocument[] _read = [];
    private RuleSet _rules = null!;

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = "";

    public static IEnumerable<string> Families => CorpusGenerator.Families.Select(f => f.Family);

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "goallint-micro-" + Family);
        var corpus = CorpusGenerator.Generate(dir, 1, seed: 1, minPerFile: 1, maxPerFile: 1, families: [CorpusGenerator.Families.Single(f => f.Family == Family)]);
        _file = Directory.GetFiles(corpus.Directory).Single();
        _read = [Read()];
        _rules = RuleSetBuilder.Build(new RuleSetOptions());
    }

    [Benchmark]
    public PerformanceDocument Read() => Normaliser.Normalise(_loader.Load(_file, null));

    [Benchmark]
    public LintResult Check() => LintEngine.Run(_read, _rules);
}
