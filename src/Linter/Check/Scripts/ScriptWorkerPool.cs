using System.Collections.Concurrent;
using GoalLint.Analysis;
using GoalLint.Check.Engine;

namespace GoalLint.Check.Scripts;

/// <summary>
/// The script worker processes of this linter process, started on the first call of a script
/// that runs isolated (so a run without such scripts starts none) and kept for later calls and
/// runs; at most one per processor, as the engine checks tables in parallel. A worker killed or
/// dead is replaced on the next call. The workers end with the linter: their input closes.
/// </summary>
internal static class ScriptWorkerPool
{
    private static readonly ConcurrentBag<ScriptWorkerProcess> Idle = [];
    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount);

    /// <summary>Runs <paramref name="script"/> in a worker and reports what it found through <paramref name="context"/>; a failure there is thrown as the rule's.</summary>
    public static void Run(CompiledScript script, AnalysisContext context)
    {
        Slots.Wait();
        WorkerReply reply;
        var limit = GuardedCall.Limit;
        var worker = Idle.TryTake(out var idle) ? idle : ScriptWorkerProcess.Start();
        try
        {
            reply = worker.Call(script, context, limit);
        }
        finally
        {
            if (worker.Usable)
            {
                Idle.Add(worker);
            }
            else
            {
                worker.Dispose();
            }

            Slots.Release();
        }

        OffThreadCpu.Add(TimeSpan.FromTicks(reply.CpuTicks));
        if (reply.FailureCause is { } cause)
        {
            // The cause a reviewer reads is worded in this run's language, not the worker's.
            throw new RuleCallException(reply.TimedOut ? CallFailure.TimeLimit(limit) : new CallFailure(cause, reply.FailureMessage ?? cause, TimedOut: false));
        }

        Replay(reply, context);
    }

    private static void Replay(WorkerReply reply, AnalysisContext context)
    {
        var documents = context.Documents;
        foreach (var wire in reply.Issues ?? [])
        {
            var document = documents[wire.Document];
            var table = wire.Table >= 0 ? document.Tables[wire.Table] : null;
            var indicator = table is not null && wire.Indicator >= 0 ? table.Indicators[wire.Indicator] : null;
            context.ReportOn(document, table, wire.At, wire.Evidence, indicator, wire.Values, wire.Related);
        }

        // Issues past the cap are only counted where they are reported: the engine counts them again as it would have in process.
        foreach (var (index, count) in reply.Dropped ?? [])
        {
            var document = documents[index];
            for (var i = 0; i < count; i++)
            {
                context.ReportOn(document, null, default, "");
            }
        }
    }
}
