using System.Collections.Concurrent;
using System.Diagnostics;
using GoalLint.Analysis;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Check.Engine;

/// <summary>
/// Runs one configured rule's analyzer under guard, so one hostile file never costs the others
/// the rule: a call that throws or hits the time limit fails for its table only (a located
/// <c>rule-failed</c> finding; run-scoped, one per file of the run), and the rule keeps running
/// for every other table. Per file, the rule has a CPU budget over all its tables (measured on
/// the calling thread, so the machine's load does not move it; see <see cref="TableCalls"/>);
/// past it, the rule's findings on that file give way to one rule-failed finding. Findings are kept per file, at most
/// <see cref="FindingLimits.PerRulePerFile"/> listed. It also sums the time spent in the rule
/// (for <c>lint --timing</c>).
/// </summary>
internal sealed class RuleRunner(ConfiguredRule rule, CallWatchdog watchdog, TimeSpan fileBudget)
{
    private readonly Action<AnalysisContext>? _tableAnalyze = rule.Analyzer is ITableAnalyzer table ? table.Analyze : null;
    private readonly Action<AnalysisContext>? _runAnalyze = rule.Analyzer is IRunAnalyzer run ? run.Analyze : null;
    private readonly RuleParameters _params = new(rule.Params);
    private readonly ConcurrentDictionary<PerformanceDocument, RuleOnFile> _files = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _failureLock = new();
    private (string File, int Table, string Message)? _firstFailure;
    private int _failures;
    private long _ticks;
    private int _calls;
    private int _findings;

    public ConfiguredRule Rule => rule;

    public bool IsTableScoped => _tableAnalyze is not null;

    public bool IsRunScoped => _runAnalyze is not null;

    public RuleTiming Timing => new(rule.Rule.Id, Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks)), Volatile.Read(ref _calls), Volatile.Read(ref _findings));

    /// <summary>The rule's failures summed up (the first one, in file and table order, and how many), or null when it never failed.</summary>
    public RuleFailure? Failure
    {
        get
        {
            lock (_failureLock)
            {
                return _firstFailure is { } first
                    ? new RuleFailure(rule.Rule.Id, rule.Rule.DefinedIn, $"{first.Message}; {_failures} table(s) or file(s) carry a {FindingFactory.RuleFailedId} finding, the rule ran on the others")
                    : null;
            }
        }
    }

    /// <summary>
    /// One table through a table-scoped rule, unless the rule has spent its budget on the table's
    /// file; null then. The call is settled (<see cref="Settle"/>) once its CPU time is known.
    /// </summary>
    public TableCall? Call(TableInRun table, RunData run, TimeSpan limit)
    {
        var file = _files.GetOrAdd(table.Document, _ => new RuleOnFile());
        if (file.OverBudget is not null)
        {
            return null;
        }

        // CPU a call spent on another thread (a script's worker) always counts.
        OffThreadCpu.Take();
        var failure = Run(_tableAnalyze!, table, run, limit, out var reported, out var wall);
        return new TableCall(this, file, table, failure, reported, wall, OffThreadCpu.Take());
    }

    /// <summary>Spends a call's CPU time on its file's budget, then keeps its findings or its failure.</summary>
    public void Settle(in TableCall call, TimeSpan cpu)
    {
        var (file, table, failure) = (call.File, call.Table, call.Failure);
        if (file.Spend(cpu + call.OffThread) > fileBudget || failure is { TimedOut: true })
        {
            // A call the watchdog stopped has spent the file's budget whatever the clock says, so a
            // rule that never ends fails the same way on a loaded machine as on an idle one. A call
            // that failed on its own says why better than the budget it used up doing so.
            var over = failure ?? new CallFailure(MessageCatalogue.Text("check.cause.over-budget"), $"over its budget of {fileBudget.TotalSeconds:0.#} s CPU on one file", TimedOut: false);
            if (file.MarkOverBudget(over.Cause, over.Message))
            {
                Failed(table.Document, -1, over.Message);
            }

            return;
        }

        if (failure is { } f)
        {
            Failed(table.Document, table.Table.Index, f.Message);
            file.Add(FindingFactory.RuleFailed(rule, table.Document, table.Table, f.Cause, f.Message));
            return;
        }

        Keep(call.Reported);
    }

    /// <summary>The whole run (the tables in the rule's scope) through a run-scoped rule; a failure is every file's.</summary>
    public void RunOnAll(RunData run, TimeSpan limit)
    {
        if (Run(_runAnalyze!, null, run, limit, out var reported, out _) is { } failure)
        {
            foreach (var document in run.Documents)
            {
                Failed(document, -1, failure.Message);
                _files.GetOrAdd(document, _ => new RuleOnFile()).Add(FindingFactory.RuleFailed(rule, document, null, failure.Cause, failure.Message));
            }

            return;
        }

        Keep(reported);
    }

    /// <summary>The rule's findings on a document now checked (see <see cref="Collect(List{Finding})"/>); its account there is let go.</summary>
    public void Take(PerformanceDocument document, List<Finding> into)
    {
        if (_files.TryRemove(document, out var file))
        {
            Collect(document, file, into);
        }
    }

    /// <summary>The rule's findings, file by file: at most the cap listed and one finding for the rest; one rule-failed finding for a file over the budget.</summary>
    public void Collect(List<Finding> into)
    {
        foreach (var (document, file) in _files)
        {
            Collect(document, file, into);
        }
    }

    private void Collect(PerformanceDocument document, RuleOnFile file, List<Finding> into)
    {
        if (file.OverBudget is { } over)
        {
            into.Add(FindingFactory.RuleFailed(rule, document, null, over.Cause, over.Message));
            return;
        }

        var (listed, more) = file.Listed();
        into.AddRange(listed);
        if (more > 0 && listed.Count > 0)
        {
            into.Add(FindingFactory.MoreOfTheSame(rule, listed[^1], more));
        }
    }

    private CallFailure? Run(Action<AnalysisContext> analyze, TableInRun? table, RunData run, TimeSpan limit, out List<ReportedIssue>? reported, out long wallTicks)
    {
        // Built-in checks cannot keep the context past their call, so their sink is the thread's, reused;
        // a script or plugin gets its own, which nothing else ever reports into.
        var sink = CallSink.Rent(this, reusable: !rule.Rule.RunsCode);
        reported = null;
        var started = Stopwatch.GetTimestamp();
        var failure = GuardedCall.Run(
            static (call, token) => call.Analyze(new AnalysisContext(call.Table, call.Run.Documents, call.Run.Tables, call.Params, call.Sink.Report, token, call.Run.Facts)),
            (Analyze: analyze, Table: table, Run: run, Params: _params, Sink: sink),
            rule.Rule.RunsCode && rule.Analyzer is not IRunsElsewhere ? watchdog : null, limit, rule.Rule.RunsCode);
        wallTicks = Stopwatch.GetTimestamp() - started;
        Interlocked.Add(ref _ticks, wallTicks);
        Interlocked.Increment(ref _calls);
        var (issues, dropped) = sink.Return();
        if (failure is not null)
        {
            return failure;
        }

        if (issues is not null || dropped > 0)
        {
            Interlocked.Add(ref _findings, (issues?.Count ?? 0) + dropped);
        }

        reported = issues;
        return null;
    }

    /// <summary>An issue a call reported past the per-file cap: counted on its file, not listed.</summary>
    public void CountDropped(PerformanceDocument document) => _files.GetOrAdd(document, _ => new RuleOnFile()).CountDropped();

    private void Keep(List<ReportedIssue>? reported)
    {
        // Most calls report nothing: no empty list for them (one per rule per table).
        if (reported is null)
        {
            return;
        }

        foreach (var issue in reported)
        {
            _files.GetOrAdd(issue.Document, _ => new RuleOnFile()).Add(FindingFactory.Create(rule, issue));
        }
    }

    /// <summary>Keeps the failure first in file and table order, so the summary does not depend on scheduling.</summary>
    private void Failed(PerformanceDocument document, int table, string message)
    {
        lock (_failureLock)
        {
            _failures++;
            if (_firstFailure is not { } first || string.CompareOrdinal(document.Path, first.File) is var c && (c < 0 || (c == 0 && table < first.Table)))
            {
                _firstFailure = (document.Path, table, message);
            }
        }
    }
}

/// <summary>
/// Where one rule call reports: it lists at most <see cref="FindingLimits.PerRulePerFile"/> issues
/// per file; past the cap an issue is only counted, never rendered. A thread keeps one sink and its
/// <see cref="Report"/> delegate for the built-in checks' calls (one per rule per table, made one
/// after another): a new sink and delegate per call were a tenth of the rules stage's allocations.
/// </summary>
internal sealed class CallSink
{
    [ThreadStatic]
    private static CallSink? t_free;

    private readonly Dictionary<PerformanceDocument, int> _perFile = new(ReferenceEqualityComparer.Instance);
    private RuleRunner? _runner;
    private bool _reusable;
    private List<ReportedIssue>? _issues;
    private int _dropped;

    private CallSink() => Report = Add;

    /// <summary>The delegate a call's context reports through, made once per sink.</summary>
    public Action<ReportedIssue> Report { get; }

    /// <summary>A sink for one call of <paramref name="runner"/>: the thread's free one when <paramref name="reusable"/>, else a new one.</summary>
    public static CallSink Rent(RuleRunner runner, bool reusable)
    {
        var sink = reusable && t_free is { } free ? free : new CallSink();
        if (reusable)
        {
            t_free = null; // a call made inside this one (none today) gets its own
        }

        (sink._runner, sink._reusable) = (runner, reusable);
        return sink;
    }

    /// <summary>Ends the call: its listed issues (null when none) and how many went past the cap; a reusable sink goes back to its thread.</summary>
    public (List<ReportedIssue>? Issues, int Dropped) Return()
    {
        var result = (_issues, _dropped);
        if (_reusable)
        {
            (_issues, _dropped, _runner) = (null, 0, null);
            _perFile.Clear();
            t_free = this;
        }

        return result;
    }

    private void Add(ReportedIssue issue)
    {
        var n = _perFile[issue.Document] = _perFile.GetValueOrDefault(issue.Document) + 1;
        if (n <= FindingLimits.PerRulePerFile)
        {
            (_issues ??= []).Add(issue);
        }
        else
        {
            _runner!.CountDropped(issue.Document);
            _dropped++;
        }
    }
}
