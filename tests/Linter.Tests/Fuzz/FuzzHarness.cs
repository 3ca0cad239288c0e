using System.Diagnostics;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// Runs one fuzz input through ingest, normalise and the core pack beside the unmutated corpus,
/// and checks the properties every input must keep. A broken property throws
/// <see cref="FuzzFailure"/>; so does any exception the pipeline lets out.
/// </summary>
public sealed class FuzzHarness
{
    /// <summary>Reading and normalising one file, however hostile, stays under this (stated in docs/robustness.md).</summary>
    public static readonly TimeSpan ReadBudget = TimeSpan.FromSeconds(2);

    /// <summary>Linting the corpus plus the hostile file stays under this.</summary>
    public static readonly TimeSpan LintBudget = TimeSpan.FromSeconds(5);

    /// <summary>The hostile file sorts after the corpus, so run-scoped rules (copied blocks) report on it, not on the corpus.</summary>
    private const string DisplayPath = "zz-fuzz/input.txt";

    private static readonly Lazy<FuzzHarness> Lazy = new(() => new FuzzHarness());

    private readonly DocumentLoader _loader = DocumentLoader.CreateDefault();
    private readonly RuleSet _rules = RuleSetBuilder.Build(new RuleSetOptions());
    private readonly PerformanceDocument[] _others;
    private readonly string[] _baseline;
    private readonly string _workDir = Directory.CreateTempSubdirectory("goallint-fuzz-").FullName;

    private FuzzHarness()
    {
        var files = Directory.GetFiles(Repo.Corpus).Order(StringComparer.Ordinal).ToArray();
        Corpus = files.Select(File.ReadAllText).ToArray();
        _others = files.Select(f => Normaliser.Normalise(_loader.Load(f, "corpus/" + Path.GetFileName(f)))).ToArray();
        _baseline = Describe(LintEngine.Run(_others, _rules).Findings);
    }

    public static FuzzHarness Shared => Lazy.Value;

    /// <summary>The corpus files' text, in name order.</summary>
    public IReadOnlyList<string> Corpus { get; }

    public void Check(FuzzCase input) => Check(input.Build(Corpus));

    public void Check(byte[] bytes)
    {
        var path = Path.Combine(_workDir, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            Check(path, bytes);
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

    private void Check(string path, byte[] bytes)
    {
        var clock = Stopwatch.StartNew();
        MatchEveryReader(path, bytes);
        var document = Normaliser.Normalise(_loader.Load(path, DisplayPath));
        var read = clock.Elapsed;
        if (document.Diagnostics.FirstOrDefault(d => d.Code == "reader-failed") is { } failed)
        {
            throw new FuzzFailure($"a reader threw (caught by the loader's safety net): {failed.Message}");
        }

        if (document.Diagnostics.FirstOrDefault(d => d.At.Line < 1) is { } unlocated)
        {
            throw new FuzzFailure($"diagnostic without a location: {unlocated.Code}");
        }

        if (document.Tables.Count == 0 && document.Diagnostics.Count == 0)
        {
            throw new FuzzFailure("no tables and no diagnostic: the file vanished silently");
        }

        clock.Restart();
        var result = LintEngine.Run([.. _others, document], _rules);
        var lint = clock.Elapsed;
        if (result.RuleFailures.Count > 0)
        {
            throw new FuzzFailure("rule failed: " + string.Join("; ", result.RuleFailures.Select(f => $"{f.RuleId}: {f.Message}")));
        }

        if (document.Tables.Count == 0 && !result.Findings.Any(f => f.File == DisplayPath && f.Category == "structure" && f.At.Line >= 1))
        {
            throw new FuzzFailure("no tables and no located structure finding");
        }

        var others = Describe(result.Findings.Where(f => f.File != DisplayPath));
        if (!others.SequenceEqual(_baseline))
        {
            var diff = others.Except(_baseline).Concat(_baseline.Except(others).Select(s => "missing: " + s)).FirstOrDefault();
            throw new FuzzFailure($"the hostile file changed other files' findings: {diff}");
        }

        if (read > ReadBudget || lint > LintBudget)
        {
            throw new FuzzFailure($"over the time budget: read {read.TotalMilliseconds:0} ms, lint {lint.TotalMilliseconds:0} ms ({bytes.Length:N0} bytes)");
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
