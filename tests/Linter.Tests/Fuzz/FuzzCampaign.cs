using System.Collections.Concurrent;
using CsCheck;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// A seeded fuzz run: input <c>i</c> of stream <c>s</c> is always the same case, so any failure
/// is reproduced by its number. Failures are grouped by cause and each group's first case is
/// minimised (mutations dropped while it still fails the same way).
/// </summary>
public sealed class FuzzCampaign(FuzzHarness harness, uint stream)
{
    private readonly Gen<FuzzCase> _gen = FuzzCase.Generator(harness.Corpus.Count);

    public FuzzCase Case(long index) => _gen.Generate(new PCG(stream, (ulong)index), null!, out _);

    public FuzzReport Run(long iterations)
    {
        var failures = new ConcurrentDictionary<string, (long Index, FuzzCase Case, string Message)>(StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(0L, iterations, i =>
        {
            var input = Case(i);
            if (Fail(input) is { } failure)
            {
                failures.TryAdd(Signature(failure), (i, input, failure.Message));
            }
        });
        var minimised = failures.Values.OrderBy(f => f.Index)
            .Select(f => $"#{f.Index}: {f.Message}\n    minimised: {Minimise(f.Case)}")
            .ToArray();
        return new FuzzReport(iterations, clock.Elapsed, minimised);
    }

    /// <summary>The case with every mutation it does not need dropped; a failure that does not recur is marked, not minimised.</summary>
    private string Minimise(FuzzCase input)
    {
        if (Fail(input) is not { } first)
        {
            return $"{input} (did not recur on a second run: load-dependent)";
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

    /// <summary>Same property and same throwing method: the same bug.</summary>
    private static string Signature(FuzzFailure failure) =>
        failure.InnerException is { } inner
            ? $"{inner.GetType().Name} at {inner.TargetSite?.DeclaringType?.Name}.{inner.TargetSite?.Name}"
            : new string(failure.Message.TakeWhile(c => c != ':').ToArray());
}

/// <summary>What a fuzz run tried and the distinct failures it found.</summary>
public sealed record FuzzReport(long Inputs, TimeSpan Elapsed, IReadOnlyList<string> Failures)
{
    public override string ToString() =>
        $"{Inputs:N0} inputs in {Elapsed.TotalSeconds:0.0} s, {Failures.Count} distinct failure(s)" +
        string.Concat(Failures.Select(f => "\n" + f));
}
