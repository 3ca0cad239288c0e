using System.Text.Json;
using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Model;

namespace GoalLint.Check.Scripts;

/// <summary>
/// The other end of <see cref="ScriptWorkerProcess"/>: <c>goallint script-worker</c>, a hidden
/// mode that reads requests on standard input and answers on standard output until the input
/// ends. It holds the run's documents and the loaded scripts, and runs each call under the same
/// guard and time limit as the linter would in process; what the guard cannot stop, the linter
/// stops by killing this process.
/// </summary>
internal static class ScriptWorker
{
    public const string Command = "script-worker";

    /// <summary>Requests are the linter's own (documents of a whole run may be large); no bound but the runtime's.</summary>
    private const int MaxRequestBytes = int.MaxValue;

    public static int Serve(Stream input, Stream output)
    {
        var state = new State();
        GoalLint.Analysis.Guards.ScriptGuard.BoundMatchesByProcess();
        // A script here cannot block (no threads, locks or I/O on the allow-list), so the wall clock is
        // only the linter's last net; the limit is the call's CPU time, whatever the machine's load.
        using var watchdog = new CallWatchdog(TimeSpan.FromSeconds(2), ScriptWorkerProcess.WallFactor);
        while (WorkerFrames.ReadAsync<WorkerRequest>(input, MaxRequestBytes).GetAwaiter().GetResult() is { } request)
        {
            WorkerFrames.Write(output, state.Handle(request, watchdog));
        }

        return 0;
    }

    private sealed class State
    {
        private readonly Dictionary<string, CompiledScript> _scripts = new(StringComparer.Ordinal);
        private readonly Dictionary<PerformanceDocument, int> _index = new(ReferenceEqualityComparer.Instance);
        private PerformanceDocument[] _documents = [];
        private TableInRun[] _run = [];

        public WorkerReply Handle(WorkerRequest request, CallWatchdog watchdog)
        {
            if (request is { ScriptKey: { } key, Image: { } image })
            {
                _scripts[key] = CompiledScript.Load(key, image);
            }
            else if (request.Documents is { } documents)
            {
                _documents = [.. documents];
                _index.Clear();
                for (var i = 0; i < _documents.Length; i++)
                {
                    _index[_documents[i]] = i;
                }
            }
            else if (request.Run is { } pairs)
            {
                _run = new TableInRun[pairs.Length / 2];
                for (var i = 0; i < _run.Length; i++)
                {
                    var document = _documents[pairs[2 * i]];
                    _run[i] = new TableInRun(document, document.Tables[pairs[(2 * i) + 1]]);
                }
            }
            else if (request.Call is { } call)
            {
                return Run(call, watchdog);
            }

            return new WorkerReply();
        }

        private WorkerReply Run(WorkerCall call, CallWatchdog watchdog)
        {
            var script = _scripts[call.ScriptKey];
            var document = call.Document >= 0 ? _documents[call.Document] : null;
            var table = document is not null && call.Table >= 0 ? new TableInRun(document, document.Tables[call.Table]) : null;
            var parameters = new RuleParameters(call.Params.ToDictionary(p => p.Key, p => Value(p.Value)));
            var issues = new List<WorkerIssue>();
            var perDocument = new Dictionary<int, int>();
            Dictionary<int, int>? dropped = null;
            void Sink(ReportedIssue issue)
            {
                var at = _index.TryGetValue(issue.Document, out var i) ? i : throw new InvalidOperationException("an issue reported on a document outside the run");
                if ((perDocument[at] = perDocument.GetValueOrDefault(at) + 1) <= FindingLimits.PerRulePerFile)
                {
                    issues.Add(Wire(at, issue));
                }
                else
                {
                    dropped ??= [];
                    dropped[at] = dropped.GetValueOrDefault(at) + 1;
                }
            }

            var cpu = CpuClock.Thread();
            var failure = GuardedCall.Run(
                token => script.Run(new AnalysisContext(table, _documents, _run, parameters, Sink, token)),
                watchdog, TimeSpan.FromTicks(call.LimitTicks), runsCode: true);
            var spent = (CpuClock.Thread() - cpu).Ticks;
            return failure is { } f
                ? new WorkerReply { FailureCause = f.Cause, FailureMessage = f.Message, TimedOut = f.TimedOut, CpuTicks = spent }
                : new WorkerReply { Issues = issues, Dropped = dropped, CpuTicks = spent };
        }

        private static WorkerIssue Wire(int document, ReportedIssue issue)
        {
            var table = issue.Table is { } t ? issue.Document.Tables.IndexOf(t) : -1;
            var indicator = issue.Indicator is { } i && issue.Table is { } owner ? owner.Indicators.IndexOf(i) : -1;
            var evidence = issue.Evidence.Length > FindingLimits.EvidenceChars + 1 ? issue.Evidence[..(FindingLimits.EvidenceChars + 1)] : issue.Evidence;
            return new WorkerIssue(document, table, issue.At, evidence, indicator,
                issue.Values?.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), issue.Related?.ToList());
        }

        /// <summary>A parameter as YAML gave it: a string, a list of strings, or a scalar's text.</summary>
        private static object Value(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Array => value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => value.GetRawText(),
        };
    }
}
