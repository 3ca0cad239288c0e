using System.Collections.Concurrent;
using System.Runtime;
using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// One run, checked as it streams. <see cref="Check"/> takes a file's documents as soon as they
/// are read, on the thread that read them: the table-scoped rules check each table and the
/// document-scoped ones (<see cref="IDocumentAnalyzer"/>) the document. The run then keeps only
/// the document's summary (<see cref="PerformanceDocument.Summary"/>), what the reports read, and
/// each table's <see cref="TableFacts"/>, what the run-scoped rules that read facts
/// (<see cref="IFactRunAnalyzer"/>) read; equal texts are shared across the run through one
/// <see cref="SummaryPool"/>, and each table's 年度目标 waits in a <see cref="TextSpill"/> beside the findings. Only a run-scoped rule that does not read facts makes the run keep
/// whole documents. A document's findings go to the run's spill file (<see cref="FindingSpill"/>)
/// as soon as it is checked, so they are not held either. <see cref="Finish"/> runs the run-scoped
/// rules over what was kept and gives the findings in a stable order (file, line, column, rule),
/// whatever order the files came in.
/// </summary>
public sealed class LintRun : IDisposable
{
    /// <summary>A heap this large is worth a full collection before a run-scoped rule (<see cref="ClearLargeHeap"/>); a 100k-table run's stays below it.</summary>
    private const long LargeHeap = 512L << 20;

    private readonly RuleSet _rules;
    private readonly bool _keepModels;
    private readonly SummaryDetail _detail;
    private readonly TimeSpan _limit;
    private readonly CallWatchdog _watchdog;
    private readonly RuleRunner[] _runners;
    private readonly RuleRunner[] _tableRunners;
    private readonly RuleRunner[] _documentRunners;
    private readonly RuleRunner[] _runRunners;
    private readonly bool _needsModels;
    private readonly bool _needsFacts;
    private readonly ConcurrentBag<Checked> _checked = [];
    private readonly SummaryPool _pool = new();
    private readonly FindingSpill _spill = new();
    private readonly TextSpill? _texts;
    private bool _handedOver;

    /// <param name="rules">The rule set of the run.</param>
    /// <param name="keepModels">Keep every document whole (for callers that read the model after the run, as the workbench does).</param>
    /// <param name="detail">What the summaries keep for the reports: counts, tables, or tables with their source rows.</param>
    public LintRun(RuleSet rules, bool keepModels = false, SummaryDetail detail = SummaryDetail.Rows)
    {
        _rules = rules;
        _keepModels = keepModels;
        _detail = detail;
        _limit = rules.Code.TimeLimit;
        _watchdog = new CallWatchdog(_limit);
        _runners = rules.Rules.Where(r => r is { Enabled: true, Analyzer: not null }).Select(r => new RuleRunner(r, _watchdog, rules.Code.FileBudget)).ToArray();
        _tableRunners = _runners.Where(r => r.IsTableScoped).ToArray();
        _documentRunners = _runners.Where(r => r.IsRunScoped && r.Rule.Analyzer is IDocumentAnalyzer).ToArray();
        _runRunners = _runners.Where(r => r.IsRunScoped && r.Rule.Analyzer is not IDocumentAnalyzer).ToArray();
        _needsModels = keepModels || _runRunners.Any(r => !ReadsFacts(r));
        _needsFacts = _runRunners.Any(ReadsFacts);
        _texts = _needsFacts ? new TextSpill(Path.Combine(_spill.Folder, "texts.bin")) : null;
    }

    /// <summary>Checks the documents read from the <paramref name="file"/>-th file of the run (thread-safe).</summary>
    public void Check(int file, IReadOnlyList<PerformanceDocument> documents)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            _checked.Add(CheckOne(documents[i], file, i));
        }
    }

    /// <summary>
    /// Runs the run-scoped rules over what was kept, and gives the run's result. Its findings are
    /// read back from the run's spill file as they are enumerated: the result owns the file and
    /// deletes it when disposed (a run never finished deletes it on <see cref="Dispose"/>).
    /// </summary>
    public LintResult Finish()
    {
        var ordered = _checked.OrderBy(c => c.Summary.Path, StringComparer.Ordinal).ThenBy(c => c.File).ThenBy(c => c.Index).ToArray();

        // One run-scoped rule at a time: each builds its own index over every table of the run, and two at once
        // would hold both (a million-table run's peak; docs/performance.md, tenth session).
        for (var r = 0; r < _runRunners.Length; r++)
        {
            var runner = _runRunners[r];
            ClearLargeHeap();
            if (ReadsFacts(runner))
            {
                var facts = ordered.SelectMany(c => c.Facts[r]).ToArray();
                runner.RunOnAll(new RunData(ordered.Select(c => c.Summary).ToArray(), [], facts), RunLimit(facts.Length));
            }
            else
            {
                var inScope = ordered.SelectMany(c => c.Kept[r]).ToArray();
                runner.RunOnAll(new RunData(ordered.Select(c => c.Model!).ToArray(), inScope), RunLimit(inScope.Length));
            }

            var found = new List<Finding>();
            runner.Collect(found);
            _spill.Add(found);
        }

        // What the trust boundary refused in the configuration is reported with the run's findings.
        _spill.Add(_rules.ConfigFindings);
        _handedOver = true;
        return new LintResult(ordered.Select(c => c.Summary).ToArray(), _spill, _runners.Select(r => r.Failure).OfType<RuleFailure>().OrderBy(f => f.RuleId, StringComparer.Ordinal).ToArray(), _rules)
        {
            Timings = _runners.Select(r => r.Timing).OrderByDescending(t => t.Elapsed).ThenBy(t => t.RuleId, StringComparer.Ordinal).ToArray(),
        };
    }

    public void Dispose()
    {
        _watchdog.Dispose();
        _texts?.Dispose();
        if (!_handedOver)
        {
            _spill.Dispose();
        }
    }

    private Checked CheckOne(PerformanceDocument document, int file, int index)
    {
        var tables = document.Tables.Select(t => new TableInRun(document, t)).ToArray();
        var run = new RunData([document], tables);
        var calls = new TableCalls();
        foreach (var table in tables)
        {
            calls.Start();
            foreach (var runner in _tableRunners)
            {
                if (runner.Rule.Rule.Scope.Covers(table.Table))
                {
                    calls.Add(runner.Call(table, run, _limit));
                }
            }

            calls.Settle();
        }

        foreach (var runner in _documentRunners)
        {
            var inScope = InScope(runner, tables);
            runner.RunOnAll(run with { Tables = inScope }, RunLimit(inScope.Length));
        }

        // The document's findings are final once its table- and document-scoped rules are done.
        var found = new List<Finding>();
        foreach (var runner in _tableRunners.Concat(_documentRunners))
        {
            runner.Take(document, found);
        }

        _spill.Add(found);
        var summary = _keepModels ? document : document.Summary(_pool, _detail);

        // Scope is judged on the whole table; a rule that reads facts is handed the table's facts, filed under the summary.
        var facts = _needsFacts ? Array.ConvertAll(tables, t => TableFacts.Of(summary, t.Table, _pool, _texts)) : [];
        var kept = new TableInRun[_runRunners.Length][];
        var keptFacts = new TableFacts[_runRunners.Length][];
        for (var r = 0; r < _runRunners.Length; r++)
        {
            var runner = _runRunners[r];
            var inScope = Enumerable.Range(0, tables.Length).Where(k => runner.Rule.Rule.Scope.Covers(tables[k].Table)).ToArray();
            kept[r] = ReadsFacts(runner) ? [] : Array.ConvertAll(inScope, k => tables[k]);
            keptFacts[r] = !ReadsFacts(runner) ? [] : inScope.Length == facts.Length ? facts : Array.ConvertAll(inScope, k => facts[k]);
        }

        return new Checked(file, index, summary, _needsModels ? document : null, kept, keptFacts);
    }

    /// <summary>
    /// Before a run-scoped rule builds its index over every table: on a large heap, a full compacting collection. What the
    /// heap holds besides the facts then is garbage the collector had no cause to clear yet (documents and source texts
    /// promoted while their files were checked, the last rule's index), and the new index would be built on top of it:
    /// at a million tables that was the run's peak (docs/performance.md, fourteenth session). A small run is left alone.
    /// </summary>
    private static void ClearLargeHeap()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes >= LargeHeap)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    private static bool ReadsFacts(RuleRunner runner) => runner.Rule.Analyzer is IFactRunAnalyzer;

    private static TableInRun[] InScope(RuleRunner runner, TableInRun[] tables) =>
        Array.FindAll(tables, t => runner.Rule.Rule.Scope.Covers(t.Table));

    /// <summary>A call over many tables gets the per-call limit once per <see cref="LintEngine.TablesPerRunLimit"/> of them (at least once).</summary>
    private TimeSpan RunLimit(int tables) => _limit * Math.Max(1.0, (double)tables / LintEngine.TablesPerRunLimit);

    /// <summary>A checked document: its place in the run, its summary, the whole model when a rule needs it, and per run-scoped rule the tables (or their facts) kept for it.</summary>
    private sealed record Checked(int File, int Index, PerformanceDocument Summary, PerformanceDocument? Model, TableInRun[][] Kept, TableFacts[][] Facts);
}
