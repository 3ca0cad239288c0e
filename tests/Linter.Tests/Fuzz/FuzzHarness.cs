using System.Diagnostics;
using System.Text.RegularExpressions;
using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;
using GoalLint.Shared;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// Runs one fuzz input through ingest, normalise and the core pack beside the unmutated corpus,
/// and checks the properties every input must keep. A broken property throws
/// <see cref="FuzzFailure"/>; so does any exception the pipeline lets out. Time is only observed
/// here: whether a slow input breaks the budget is judged by <see cref="FuzzCampaign"/>, alone.
/// </summary>
public sealed class FuzzHarness
{
    /// <summary>CPU time reading and normalising one file may take, however hostile (stated in docs/robustness.md).</summary>
    public static readonly TimeSpan ReadBudget = TimeSpan.FromSeconds(2);

    /// <summary>CPU time the core pack may take over one hostile file.</summary>
    public static readonly TimeSpan LintBudget = TimeSpan.FromSeconds(5);

    /// <summary>Reading one file allocates at most this many bytes per byte of the file…</summary>
    public const long ReadAllocationPerByte = 64;

    /// <summary>…plus this much, whatever its size (decoder tables, the reader's own state).</summary>
    public const long ReadAllocationAllowance = 64L * 1024 * 1024;

    /// <summary>The hostile file sorts after the corpus, so run-scoped rules (copied blocks) report on it, not on the corpus.</summary>
    private const string DisplayPath = "zz-fuzz/input.txt";

    private static readonly Lazy<FuzzHarness> Lazy = new(() => new FuzzHarness());


    private readonly DocumentLoader _loader = DocumentLoader.CreateDefault();
    private readonly RuleSet _rules = RuleSetBuilder.Build(new RuleSetOptions());
    private readonly RuleSet _runRules;
    private readonly PerformanceDocument[] _others;
    private readonly string[] _baseline;
    private readonly string[] _runBaseline;
    private readonly string _workDir = Directory.CreateTempSubdirectory("goallint-fuzz-").FullName;

    private FuzzHarness()
    {
        var files = Directory.GetFiles(Repo.Corpus).Order(StringComparer.Ordinal).ToArray();
        Corpus = [.. files.Select(File.ReadAllText)];
        Seeds = [.. Corpus, .. ShapeFiles().Select(File.ReadAllText)];
        _others = files.Select(f => Normaliser.Normalise(_loader.Load(f, "corpus/" + Path.GetFileName(f)))).ToArray();
        _runRules = new RuleSet(_rules.Rules.Where(r => r.Analyzer is IRunAnalyzer).ToArray(), _rules.Code);
        _baseline = Describe(LintEngine.Run(_others, _rules).Findings);
        _runBaseline = Describe(LintEngine.Run(_others, _runRules).Findings);
    }

    public static FuzzHarness Shared => Lazy.Value;

    /// <summary>
    /// The texts inputs are made from: the corpus files, then the text shape fixtures (tests/shapes: the
    /// layouts the cell producers read beyond the corpus's five), each in name order. The corpus comes
    /// first so a case's file number keeps naming the same corpus file.
    /// </summary>
    public IReadOnlyList<string> Seeds { get; }

    /// <summary>The corpus files' text, in name order: the first of <see cref="Seeds"/>, and what pasted rows come from.</summary>
    public IReadOnlyList<string> Corpus { get; }

    /// <summary>Checks every property of <paramref name="input"/>; returns what it cost (wall-clock, so only a hint under load).</summary>
    public FuzzObservation Check(FuzzCase input) => WithFile(input.Build(Seeds, Corpus), (path, bytes) => Check(path, bytes, input.WholeRun));

    /// <summary>Checks every property of a file given as bytes (a mutated PDF, Word document or archive).</summary>
    public FuzzObservation Check(byte[] bytes) => WithFile(bytes, (path, b) => Check(path, b, wholeRun: false));

    /// <summary>The CPU time reading <paramref name="bytes"/> costs, for judging the budget when it runs alone.</summary>
    public TimeSpan MeasureReadCpu(byte[] bytes) => WithFile(bytes, (path, _) =>
    {
        var started = CpuClock.Thread();
        Normaliser.Normalise(_loader.Load(path, DisplayPath));
        return CpuClock.Thread() - started;
    });

    /// <summary>The CPU time <paramref name="input"/> costs to read and to lint, for judging the budget when it runs alone.</summary>
    public (TimeSpan Read, TimeSpan Lint) MeasureCpu(FuzzCase input) => WithFile(input.Build(Seeds, Corpus), (path, _) =>
    {
        var started = CpuClock.Thread();
        var document = Normaliser.Normalise(_loader.Load(path, DisplayPath));
        var read = CpuClock.Thread() - started;
        started = CpuClock.Process();
        LintEngine.Run([document], _rules);
        return (read, CpuClock.Process() - started);
    });

    private static IEnumerable<string> ShapeFiles() =>
        Directory.EnumerateFiles(Repo.InRepo("tests", "shapes"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".tsv" or ".csv" or ".md" or ".html" && Path.GetFileName(f) is not ("expected.tsv" or "README.md"))
            .Order(StringComparer.Ordinal);

    private T WithFile<T>(byte[] bytes, Func<string, byte[], T> check)
    {
        var path = Path.Combine(_workDir, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            return check(path, bytes);
        }
        catch (FuzzFailure)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new FuzzFailure($"unhandled {ex.GetType().Name}: {ex.Message}", ex);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private FuzzObservation Check(string path, byte[] bytes, bool wholeRun)
    {
        MatchEveryReader(path, bytes);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var document = Normaliser.Normalise(_loader.Load(path, DisplayPath));
        var read = clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        CheckDocument(document, bytes.Length, allocated);

        clock.Restart();
        var alone = LintEngine.Run([document], _rules);
        var lint = clock.Elapsed;
        if (alone.RuleFailures.Count > 0 || alone.Findings.FirstOrDefault(f => f.RuleId == FindingFactory.RuleFailedId) is { })
        {
            throw new FuzzFailure("rule failed: " + string.Join("; ", alone.RuleFailures.Select(f => $"{f.RuleId}: {f.Message}")));
        }

        if (alone.Findings.GroupBy(f => f.RuleId).FirstOrDefault(g => g.Count() > FindingLimits.PerRulePerFile + 1) is { } flood)
        {
            throw new FuzzFailure($"{flood.Count():N0} findings of {flood.Key} on one file, over the cap");
        }

        if (alone.Findings.FirstOrDefault(f => f.Evidence.Length > FindingLimits.EvidenceChars + 1) is { } whole)
        {
            throw new FuzzFailure($"{whole.RuleId} quotes {whole.Evidence.Length:N0} characters of evidence");
        }

        if (document.Tables.Count == 0 && !alone.Findings.Any(f => f.Category == "structure" && f.At.Line >= 1))
        {
            throw new FuzzFailure("no tables and no located structure finding");
        }

        CheckOthersUnchanged(document, wholeRun);
        return new FuzzObservation(bytes.Length, read, lint, allocated);
    }

    private static void CheckDocument(PerformanceDocument document, long bytes, long allocated)
    {
        if (document.Diagnostics.FirstOrDefault(d => d.Code == "reader-failed") is { } failed)
        {
            var thrown = Regex.Match(failed.Message, @"\((\w+Exception):") is { Success: true } m ? m.Groups[1].Value : "an exception";
            throw new FuzzFailure($"a reader threw {thrown} (caught by the loader's safety net): {failed.Message}");
        }

        if (document.Diagnostics.FirstOrDefault(d => d.At.Line < 1) is { } unlocated)
        {
            throw new FuzzFailure($"diagnostic without a location: {unlocated.Code}");
        }

        if (document.Tables.Count == 0 && document.Diagnostics.Count == 0)
        {
            throw new FuzzFailure("no tables and no diagnostic: the file vanished silently");
        }

        if (allocated > ReadAllocationAllowance + (ReadAllocationPerByte * bytes))
        {
            throw new FuzzFailure($"over the memory cap ({document.Layout}): reading {bytes:N0} bytes allocated {allocated:N0} bytes");
        }
    }

    /// <summary>
    /// The other files' findings must not change. Only run-scoped rules see other files, so they run
    /// over the whole corpus for every input; the whole pack does for the inputs marked <see cref="FuzzCase.WholeRun"/>,
    /// which also catches state leaking between table checks.
    /// </summary>
    private void CheckOthersUnchanged(PerformanceDocument document, bool wholeRun)
    {
        var result = LintEngine.Run([.. _others, document], wholeRun ? _rules : _runRules);
        var baseline = wholeRun ? _baseline : _runBaseline;
        // A check across documents may rightly report on another file because of this one; such a finding cites it.
        var others = Describe(result.Findings.Where(f => f.File != DisplayPath && !f.Related.Any(r => r.File == DisplayPath)));
        if (!others.SequenceEqual(baseline))
        {
            var diff = others.Except(baseline).Concat(baseline.Except(others).Select(s => "missing: " + s)).FirstOrDefault();
            throw new FuzzFailure($"the hostile file changed other files' findings: {diff}");
        }
    }

    /// <summary>The loader swallows a reader's Match failure as "no match"; the fuzzer calls every Match itself so such bugs surface.</summary>
    private static void MatchEveryReader(string path, byte[] bytes)
    {
        foreach (var source in SourceDecoder.Decode(path, bytes, IngestLimits.Default, new IngestContext(path)))
        {
            foreach (var reader in LayoutReaders.All)
            {
                reader.Match(source);
            }
        }
    }

    private static string[] Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.File}:{f.At.Line}:{f.At.Column} {f.RuleId} {f.Severity} {f.Evidence} | {f.Message}").ToArray();
}

/// <summary>What one input cost: wall-clock read and lint time, and the bytes its read allocated.</summary>
public sealed record FuzzObservation(long Bytes, TimeSpan Read, TimeSpan Lint, long Allocated)
{
    public bool OverBudget => Read > FuzzHarness.ReadBudget || Lint > FuzzHarness.LintBudget;
}
