using System.Collections.Concurrent;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// The mutations that found every memory bug so far (a deep-nesting line, a 1 MB cell) are rare
/// in a short random run, so here they are swept systematically: every nesting shape and every
/// huge-cell fill at three places in every corpus file, and each shape with each fill together
/// (a huge label carried down nested rows); in every text shape fixture, each shape and each fill once,
/// at the middle place (they are small: one place reaches their grid). Each input must keep every fuzz property.
/// </summary>
public sealed class StructureSweepTests
{
    /// <summary>Picks for where a mutation lands; taken modulo the file's lines or characters, they spread over the file.</summary>
    private static readonly int[] Places = [11, 7_777_777, 987_654_321];

    [Fact]
    public void Every_nesting_shape_and_huge_cell_keeps_every_property()
    {
        var failures = new ConcurrentBag<string>();

        Parallel.ForEach(Cases(FuzzHarness.Shared.Corpus.Count, FuzzHarness.Shared.Seeds.Count), input =>
        {
            try
            {
                FuzzHarness.Shared.Check(input);
            }
            catch (FuzzFailure failure)
            {
                failures.Add($"{input}: {failure.Message}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    private static IEnumerable<FuzzCase> Cases(int corpusFiles, int seeds)
    {
        for (var file = corpusFiles; file < seeds; file++)
        {
            for (var shape = 0; shape < TextMutator.NestingShapes; shape++)
            {
                yield return new FuzzCase(file, [new(MutationKind.DeepNesting, Places[1], shape)], FuzzEncoding.Utf8);
            }

            for (var fill = 0; fill < TextMutator.HugeFills; fill++)
            {
                yield return new FuzzCase(file, [new(MutationKind.HugeCell, Places[1], fill)], FuzzEncoding.Utf8);
            }
        }

        for (var file = 0; file < corpusFiles; file++)
        {
            foreach (var place in Places)
            {
                for (var shape = 0; shape < TextMutator.NestingShapes; shape++)
                {
                    yield return new FuzzCase(file, [new(MutationKind.DeepNesting, place, shape)], FuzzEncoding.Utf8);
                }

                for (var fill = 0; fill < TextMutator.HugeFills; fill++)
                {
                    yield return new FuzzCase(file, [new(MutationKind.HugeCell, place, fill)], FuzzEncoding.Utf8);
                }
            }

            for (var shape = 0; shape < TextMutator.NestingShapes; shape++)
            {
                for (var fill = 0; fill < TextMutator.HugeFills; fill++)
                {
                    yield return new FuzzCase(file, [new(MutationKind.DeepNesting, Places[1], shape), new(MutationKind.HugeCell, Places[2], fill)], FuzzEncoding.Utf8);
                }
            }
        }
    }
}
