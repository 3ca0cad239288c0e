using System.Collections.Concurrent;
using CsCheck;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// A seeded fuzz run: input <c>i</c> of stream <c>s</c> is always the same case, so any failure
/// is reproduced by its number. A broken property always counts: failures are grouped by cause
/// and each group's first case is minimised (mutations dropped while it still fails the same way).
/// Time is different: wall-clock time in a parallel run on a shared machine mostly measures the
/// load, so an input over the budget there is only a suspect. After the run each suspect is run
/// alone, up to three times, in CPU time; it fails the budget only if every run is over.
/// </summary>
public sealed class FuzzCampaign(FuzzHarness harness, uint stream)
{
    /// <summary>Suspects re-run alone at most (the first ones by number): a real slowdown shows in any of them.</summary>
    private const int MaxSuspects = 8;

    private const int Reruns = 3;

    private readonly Gen<FuzzCase> _gen = FuzzCase.Generator(harness.Seeds.Count);

    public FuzzCase Case(long index) => _gen.Generate(new PCG(stream, (ulong)index), null!, out _);

    public FuzzReport Run(long iterations)
    {
        var failures = new ConcurrentDictionary<string, (long Index, FuzzCase Case, string Message)>(StringComparer.Ordinal);
        var suspects = new ConcurrentBag<long>();
        var costliest = new FuzzObservation(0, TimeSpan.Zero, TimeSpan.Zero, 0);
        var gate = new Lock();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // One input per core: a loaded machine makes the pool add threads, and each in-flight input
        // can hold hundreds of MB (an 11 MB file's read), so an unbounded loop grew a stream past 12 GB.
        var oneInputPerCore = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0L, iterations, oneInputPerCore, i =>
        {
            var input = Case(i);
            try
            {
                var seen = harness.Check(input);
                if (seen.OverBudget)
                {
                    suspects.Add(i);
                }

                lock (gate)
                {
                    costliest = Costlier(costliest, seen);
                }
            }
            catch (FuzzFailure failure)
            {
                failures.TryAdd(Signature(failure), (i, input, failure.Message));
            }
        });
        var found = failures.Values.OrderBy(f => f.Index)
            .Select(f => $"#{f.Index}: {f.Message}\n    minimised: {Minimise(f.Case)}")
            .Concat(OverBudget(suspects.Order()))
            .ToArray();
        return new FuzzReport(iterations, clock.Elapsed, found, suspects.Count, costliest);
    }

    /// <summary>The suspects that stay over the budget when run alone: every one of three runs over (one under clears it).</summary>
    private IEnumerable<string> OverBudget(IEnumerable<long> suspects)
    {
        foreach (var index in suspects.Take(MaxSuspects))
        {
            var input = Case(index);
            var runs = Enumerable.Range(0, Reruns).Select(_ => harness.MeasureCpu(input))
                .TakeWhile(r => r.Read > FuzzHarness.ReadBudget || r.Lint > FuzzHarness.LintBudget)
                .ToArray();
            if (runs.Length == Reruns)
            {
                yield return $"#{index}: over the time budget in each of {Reruns} runs alone: cheapest read {runs.Min(r => r.Read).TotalMilliseconds:0} ms, " +
                    $"lint {runs.Min(r => r.Lint).TotalMilliseconds:0} ms CPU\n    case: {input}";
            }
        }
    }

    /// <summary>The case with every mutation it does not need dropped; a failure that does not recur is marked, not minimised.</summary>
    private string Minimise(FuzzCase input)
    {
        if (Fail(input) is not { } first)
        {
            return $"{input} (did not recur on a second run)";
        }

        var signature = Signature(first);
        for (var i = input.Mutations.Count - 1; i >= 0 && input.Mutations.Count > 1; i--)
        {
            var smaller = input.Without(i);
            if (Fail(smaller) is { } f && Signature(f) == signature)
            {
                input = smaller;
            }
        }

        return input.ToString();
    }

    private FuzzFailure? Fail(FuzzCase input)
    {
        try
        {
            harness.Check(input);
            return null;
        }
        catch (FuzzFailure failure)
        {
            return failure;
        }
    }

    private static FuzzObservation Costlier(FuzzObservation a, FuzzObservation b) => new(
        Math.Max(a.Bytes, b.Bytes),
        a.Read > b.Read ? a.Read : b.Read,
        a.Lint > b.Lint ? a.Lint : b.Lint,
        Math.Max(a.Allocated, b.Allocated));

    /// <summary>Same property and same throwing method: the same bug.</summary>
    private static string Signature(FuzzFailure failure) =>
        failure.InnerException is { } inner
            ? $"{inner.GetType().Name} at {inner.TargetSite?.DeclaringType?.Name}.{inner.TargetSite?.Name}"
            : new string(failure.Message.TakeWhile(c => c != ':').ToArray());
}

/// <summary>What a fuzz run tried, the distinct failures it found, and the most any passing input cost (each figure its own maximum).</summary>
public sealed record FuzzReport(long Inputs, TimeSpan Elapsed, IReadOnlyList<string> Failures, int Suspects, FuzzObservation Costliest)
{
    public override string ToString() =>
        $"{Inputs:N0} inputs in {Elapsed.TotalSeconds:0.0} s, {Failures.Count} distinct failure(s); " +
        $"largest input {Costliest.Bytes:N0} bytes, most read allocation {Costliest.Allocated:N0} bytes, " +
        $"slowest read {Costliest.Read.TotalMilliseconds:0} ms and lint {Costliest.Lint.TotalMilliseconds:0} ms wall-clock, " +
        $"{Suspects} over the budget under load before the re-run alone" +
        string.Concat(Failures.Select(f => "\n" + f));
}
