using GoalLint.Check.Packs;
using GoalLint.Cli;
using GoalLint.Model;
using GoalLint.Shared;
using GoalLint.Shared.Json;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Cli;

/// <summary>
/// A small run reads its files while the rule set is built (<see cref="ReadAhead"/>): what it read
/// must be what the run would have read, and a city's vocabulary must still reach the read.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ReadAheadTests : IDisposable
{
    /// <summary>The value column under a spelling the shipped vocabulary lacks, so only the city's pack can place it.</summary>
    private static readonly string CityTable = CliRun.WarningsOnlyTable.Replace("当年度指标值", "本年度目标值", StringComparison.Ordinal);

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Files_read_ahead_are_the_documents_the_run_would_read()
    {
        string[] files = [_dir.Write("a.txt", CliRun.WarningsOnlyTable), Repo.CorpusFile("dongguan-bdc-2024-goals.txt")];
        var ahead = ReadAhead.Start(files)!;

        var reader = ahead.Reader(Vocabulary.Shipped, file => throw new InvalidOperationException($"{file} was read again"));

        Assert.All(files, file => Assert.Equal(NormalisedJson.Serialize(LintPipeline.Read([file])), NormalisedJson.Serialize(reader(file))));
    }

    [Fact]
    public void A_run_whose_packs_extend_the_vocabulary_reads_again_with_theirs()
    {
        var file = _dir.Write("a.txt", CityTable);
        var city = CityVocabulary();
        var reread = new List<string>();

        var documents = ReadAhead.Start([file])!.Reader(city, f => Read(f, city, reread))(file);

        Assert.Equal([file], reread);
        Assert.Contains(documents.Single().Tables.Single().Indicators, i => i.AnnualValue is not null);
    }

    [Fact]
    public void A_file_that_was_not_read_ahead_is_read_by_the_run()
    {
        var (a, b) = (_dir.Write("a.txt", CliRun.WarningsOnlyTable), _dir.Write("b.txt", CliRun.WarningsOnlyTable));
        var reread = new List<string>();

        ReadAhead.Start([a])!.Reader(Vocabulary.Shipped, f => Read(f, Vocabulary.Shipped, reread))(b);

        Assert.Equal([b], reread);
    }

    [Fact]
    public void Folders_missing_paths_and_large_runs_stream_from_the_start()
    {
        var files = Enumerable.Range(0, 9).Select(i => _dir.Write($"t{i}.txt", CliRun.WarningsOnlyTable)).ToArray();

        Assert.Null(ReadAhead.Start([_dir.Root]));
        Assert.Null(ReadAhead.Start([_dir.PathOf("missing.txt")]));
        Assert.Null(ReadAhead.Start(files));
        Assert.Null(ReadAhead.Start([_dir.Write("big.txt", new string('x', 5 << 20))]));
        Assert.NotNull(ReadAhead.Start(files[..8]));
    }

    [Fact]
    public void A_one_file_lint_with_a_city_pack_reports_what_a_run_without_read_ahead_reports()
    {
        var file = _dir.Write("tables/a.txt", CityTable);
        _dir.Write("city/pack.yaml", "id: city\nvocabulary:\n  add:\n    indicator-columns: { annual-value: [本年度目标值] }\n");
        var config = _dir.Write("config.yaml", $"packs: [{_dir.PathOf("city")}]\n");
        string Lint(params string[] more) => CliRun.Run(["lint", file, "--format", "json", "--fail-on", "none", .. more]).Out;

        var withCity = Lint("--config", config);

        // --cache turns the read-ahead off: the run reads each file itself.
        Assert.Equal(Scrubbed(Lint("--config", config, "--cache", "--cache-location", _dir.PathOf("cache.json"))), Scrubbed(withCity));
        Assert.NotEqual(Scrubbed(Lint("--no-config")), Scrubbed(withCity));
    }

    private static Vocabulary CityVocabulary()
    {
        using var folder = new TempFolder();
        folder.Write("city/pack.yaml", "id: city\nvocabulary:\n  add:\n    indicator-columns: { annual-value: [本年度目标值] }\n");
        return RuleSetBuilder.Build(new RuleSetOptions { ExtraPacks = [folder.PathOf("city")] }).Vocabulary;
    }

    private static IReadOnlyList<PerformanceDocument> Read(string file, Vocabulary vocabulary, List<string> reread)
    {
        reread.Add(file);
        return LintPipeline.Read([file], vocabulary: vocabulary);
    }

    /// <summary>The findings and counts, without the profile line, which names the config file.</summary>
    private static string Scrubbed(string json) => string.Join('\n', json.Split('\n').Where(l => !l.Contains("config", StringComparison.Ordinal)));
}
