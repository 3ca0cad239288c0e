using System.Diagnostics;
using System.Globalization;
using GoalLint.Benchmarks.Generator;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Report;
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
    private readonly string _floor = Path.Combine(AppContext.BaseDirectory, "Linter.Benchmarks.dll");

    /// <summary>A config file for every run (<c>--config F</c>), e.g. to switch a rule off and see the cost of the rest.</summary>
    private readonly string[] _config = options.Get("config") is { } config ? ["--config", Path.GetFullPath(config)] : [];

    public Task<int> RunAsync()
    {
        if (!File.Exists(_goallint))
        {
            Console.Error.WriteLine($"goallint not found at {_goallint} (build it, or pass --goallint PATH/goallint.dll)");
            return Task.FromResult(2);
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20)} MB, .NET {Environment.Version}, {Environment.OSVersion}");
        Console.WriteLine($"tool: {_goallint} ({(IsReadyToRun(_goallint) ? "ReadyToRun" : "JIT only: the build beside the bench; pass --goallint with a packed or published tool to measure what ships")})");
        if (File.Exists("/proc/loadavg"))
        {
            Console.WriteLine($"load average (1/5/15 min) before the runs: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        }

        Console.WriteLine();
        var sizes = options.Sizes(10_000, 50_000, 100_000);
        if (options.Get("in-process") is "true")
        {
            Profile(Corpus(sizes.Min()));
            return Task.FromResult(0);
        }

        Console.WriteLine("GoalLint and the floor program (FloorProgram.cs) on the same corpus, one after the other:");
        Console.WriteLine("tables   files   run        wall s   tables/s   cpu s   tables/cpu-s   cores used   peak MB   exit");
        foreach (var size in sizes)
        {
            var corpus = Corpus(size);
            var run = ProcessRun.Start(_goallint, ["lint", corpus.Directory, "--format", "json", "--output", "/dev/null", .. _config]);
            var floor = ProcessRun.Start(_floor, ["floor", "--dir", corpus.Directory]);
            Print(corpus, "goallint", run);
            Print(corpus, "floor", floor);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus.Tables,6}   ratio goallint/floor: wall {run.Wall / floor.Wall:0.0}x, CPU {run.Cpu / floor.Cpu:0.0}x, peak memory {(double)run.PeakBytes / floor.PeakBytes:0.0}x"));
        }

        Console.WriteLine();
        Startup();
        Console.WriteLine();
        Profile(Corpus(sizes.Min()));
        return Task.FromResult(0);
    }

    private static void Print(GeneratedCorpus corpus, string name, ProcessRun run)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Tables,6}   {corpus.Files,5}   {name,-8}   {run.Wall.TotalSeconds,6:0.00}   {corpus.Tables / run.Wall.TotalSeconds,8:0}   {run.Cpu.TotalSeconds,5:0.0}   {corpus.Tables / run.Cpu.TotalSeconds,12:0}   {run.Cpu / run.Wall,10:0.00}   {run.PeakBytes / (1 << 20),7}   {run.ExitCode,4}"));
        if (run.ExitCode is not (0 or 1))
        {
            Console.WriteLine("  " + run.Errors.Replace("\n", "\n  ", StringComparison.Ordinal));
        }
    }

    /// <summary>Generates the corpus for a size once; later runs with the same seed reuse it.</summary>
    private GeneratedCorpus Corpus(int tables)
    {
        var dir = Path.Combine(_work, $"t{tables}-s{options.Seed}");
        var stamp = Path.Combine(_work, $"t{tables}-s{options.Seed}.done");
        if (File.Exists(stamp))
        {
            var files = Directory.GetFiles(dir);
            return new GeneratedCorpus(dir, files.Length, new Dictionary<string, int> { ["all"] = int.Parse(File.ReadAllText(stamp), CultureInfo.InvariantCulture) }, new Dictionary<string, int>());
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
        string[] args = ["lint", file, "--format", "json", "--output", "/dev/null", .. _config];
        var cold = ProcessRun.Start(_goallint, args, env);
        var warm = Enumerable.Range(0, StartupRepeats).Select(_ => ProcessRun.Start(_goallint, args, env)).OrderBy(r => r.Wall).ToArray();
        Directory.Delete(cache, true);
        var median = warm[warm.Length / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"start-up, one file of 20 tables: cold cache {cold.Wall.TotalSeconds:0.000} s wall ({cold.Cpu.TotalSeconds:0.00} s CPU); warm cache median {median.Wall.TotalSeconds:0.000} s wall ({median.Cpu.TotalSeconds:0.00} s CPU; min {warm[0].Wall.TotalSeconds:0.000}, max {warm[^1].Wall.TotalSeconds:0.000}, {StartupRepeats} runs)"));
    }

    /// <summary>
    /// In this process, where the time of a run goes: building the rule set on a cold and a warm script
    /// cache (first, before anything else here has started Roslyn), reading and normalising, the rules,
    /// rendering the JSON report, and the garbage collector; then the per-rule table.
    /// </summary>
    private void Profile(GeneratedCorpus corpus)
    {
        var cache = Path.Combine(_work, "cache-" + Guid.NewGuid().ToString("N"));
        var (coldRules, cold) = Stage(() => RuleSetBuilder.Build(new RuleSetOptions { ScriptCache = cache, Config = _config.LastOrDefault() }));
        var (rules, warm) = Stage(() => RuleSetBuilder.Build(new RuleSetOptions { ScriptCache = cache, Config = _config.LastOrDefault() }));
        Directory.Delete(cache, true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rule set build: cold cache {cold} ({coldRules.Code.Scripts.Compilations} script compilation(s)), warm cache {warm}"));

        var files = Directory.GetFiles(corpus.Directory).Order(StringComparer.Ordinal).ToArray();
        var gcPause = GC.GetTotalPauseDuration();
        var gcCounts = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var (documents, read) = Stage(() => LintPipeline.Read(files));
        var (result, check) = Stage(() => LintEngine.Run(documents, rules));
        var (json, output) = Stage(() => ReportFormats.All["json"].Render(result));
        var collections = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gcCounts[g]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-process, {result.TableCount} tables, {result.Findings.Count} findings, {Environment.ProcessorCount} cores:"));
        Console.WriteLine($"  read+normalise {read}");
        Console.WriteLine($"  rules          {check}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  json output    {output}, {json.Length / (1 << 20)} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  GC             {(GC.GetTotalPauseDuration() - gcPause).TotalSeconds:0.00} s paused, gen0/1/2 collections {collections}, managed heap {GC.GetTotalMemory(false) / (1 << 20)} MB holding the result"));
        Console.WriteLine();
        Console.WriteLine(TimingTable.Render(result.Timings, 15));
    }

    /// <summary>
    /// Runs one stage and says how long it took, in wall and in CPU time (the CPU figure holds up on a busy machine),
    /// and how many bytes it allocated on every thread (nearly the same from run to run whatever the load, so it
    /// shows an allocation cut that CPU seconds on a shared machine would hide).
    /// </summary>
    private static (T Value, string Took) Stage<T>(Func<T> stage)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var value = stage();
        var wall = clock.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return (value, string.Create(CultureInfo.InvariantCulture, $"{wall.TotalSeconds,6:0.00} s wall, {used.TotalSeconds,6:0.00} s CPU, {bytes / (1 << 20),6} MB allocated"));
    }

    /// <summary>Whether the assembly carries precompiled code (ReadyToRun), as the packed tool does; a plain build is JIT only.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
