using System.Diagnostics;
using System.Globalization;
using GoalLint.Benchmarks.Generator;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Report.Text;

namespace GoalLint.Benchmarks;

/// <summary>
/// The whole-process figures of issue 6: tables/s and peak memory over generated corpora of each
/// size, single-file start-up with a cold and a warm script cache, and where the time goes (read
/// vs rules, per rule) from one in-process run. It prints figures; it asserts nothing.
/// </summary>
internal sealed class EndToEndBench(Options options)
{
    private const int StartupRepeats = 5;

    private readonly string _work = options.Get("work") ?? Path.Combine(Path.GetTempPath(), "goallint-bench");
    private readonly string _goallint = options.Get("goallint") ?? Path.Combine(AppContext.BaseDirectory, "goallint.dll");

    public Task<int> RunAsync()
    {
        if (!File.Exists(_goallint))
        {
            Console.Error.WriteLine($"goallint not found at {_goallint} (build it, or pass --goallint PATH/goallint.dll)");
            return Task.FromResult(2);
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20)} MB, .NET {Environment.Version}, {Environment.OSVersion}");
        Console.WriteLine($"tool: {_goallint}");
        Console.WriteLine();
        var sizes = options.Sizes(10_000, 50_000, 100_000);
        Console.WriteLine("tables   files   wall s   tables/s   cpu s   cores used   peak MB   exit");
        foreach (var size in sizes)
        {
            var corpus = Corpus(size);
            var run = ProcessRun.Start(_goallint, ["lint", corpus.Directory, "--format", "json", "--output", "/dev/null"]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus.Tables,6}   {corpus.Files,5}   {run.Wall.TotalSeconds,6:0.00}   {corpus.Tables / run.Wall.TotalSeconds,8:0}   {run.Cpu.TotalSeconds,5:0.0}   {run.Cpu / run.Wall,10:0.00}   {run.PeakBytes / (1 << 20),7}   {run.ExitCode,4}"));
            if (run.ExitCode is not (0 or 1))
            {
                Console.WriteLine("  " + run.Errors.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        Console.WriteLine();
        Startup();
        Console.WriteLine();
        Profile(Corpus(sizes.Min()));
        return Task.FromResult(0);
    }

    /// <summary>Generates the corpus for a size once; later runs with the same seed reuse it.</summary>
    private GeneratedCorpus Corpus(int tables)
    {
        var dir = Path.Combine(_work, $"t{tables}-s{options.Seed}");
        var stamp = Path.Combine(_work, $"t{tables}-s{options.Seed}.done");
        if (File.Exists(stamp))
        {
            var files = Directory.GetFiles(dir);
            return new GeneratedCorpus(dir, files.Length, new Dictionary<string, int> { ["all"] = int.Parse(File.ReadAllText(stamp), CultureInfo.InvariantCulture) });
        }

        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }

        var corpus = CorpusGenerator.Generate(dir, tables, options.Seed);
        File.WriteAllText(stamp, corpus.Tables.ToString(CultureInfo.InvariantCulture));
        return corpus;
    }

    /// <summary>One file of 20 tables: first run on an empty cache (compiles the pack's scripts), then warm runs.</summary>
    private void Startup()
    {
        var dir = Path.Combine(_work, "startup");
        if (!Directory.Exists(dir))
        {
            CorpusGenerator.Generate(dir, 20, options.Seed, 20, 20);
        }

        var file = Directory.GetFiles(dir).Single();
        var cache = Path.Combine(_work, "cache-" + Guid.NewGuid().ToString("N"));
        var env = new Dictionary<string, string> { ["GOALLINT_CACHE"] = cache };
        string[] args = ["lint", file, "--format", "json", "--output", "/dev/null"];
        var cold = ProcessRun.Start(_goallint, args, env);
        var warm = Enumerable.Range(0, StartupRepeats).Select(_ => ProcessRun.Start(_goallint, args, env).Wall.TotalSeconds).Order().ToArray();
        Directory.Delete(cache, true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-up, one file of 20 tables: cold cache {cold.Wall.TotalSeconds:0.000} s; warm cache median {warm[warm.Length / 2]:0.000} s (min {warm[0]:0.000}, max {warm[^1]:0.000}, {StartupRepeats} runs)"));
    }

    /// <summary>In this process: how long reading+normalising takes against the rules, and which rules cost most.</summary>
    private static void Profile(GeneratedCorpus corpus)
    {
        var rules = RuleSetBuilder.Build(new RuleSetOptions());
        var files = Directory.GetFiles(corpus.Directory).Order(StringComparer.Ordinal).ToArray();
        var clock = Stopwatch.StartNew();
        var documents = LintPipeline.Read(files);
        var read = clock.Elapsed;
        clock.Restart();
        var result = LintEngine.Run(documents, rules);
        var check = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in-process, {result.TableCount} tables: read+normalise {read.TotalSeconds:0.00} s, rules {check.TotalSeconds:0.00} s, {result.Findings.Count} findings, managed heap {GC.GetTotalMemory(false) / (1 << 20)} MB after the run"));
        Console.WriteLine();
        Console.WriteLine(TimingTable.Render(result.Timings, 15));
    }
}
