using System.IO.Compression;
using CsCheck;
using Xunit.Abstractions;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// The fuzzer over the document formats: PDF, Word, HTML, workbook and zip-archive fixtures with
/// their bytes damaged, or (for the zip-based ones) one entry damaged and the zip rebuilt, so the
/// damage reaches the XML and the nested files past the zip's checksums. Every input keeps the
/// harness's properties (no crash, a located diagnostic when nothing is read, memory within the
/// cap), and one that runs long is timed again alone against the CPU budget.
/// GOALLINT_FUZZ_ITERATIONS and GOALLINT_FUZZ_SEED run more, as for <see cref="CorpusFuzzTests"/>.
/// </summary>
public sealed class DocumentFuzzTests(ITestOutputHelper output)
{
    private const long ShortRun = 24;

    private static readonly string[] Seeds =
    [
        "guangdong-goals-2023.pdf", "split-table.pdf", "guangdong-goals-2023.docx", "nested-tables.docx",
        "guangdong-goals-2023.html", "colspan-header.html", "guangdong-goals-2023.xlsx", "submissions.zip",
    ];

    private static readonly Lazy<byte[][]> Files = new(() => Seeds.Select(f => File.ReadAllBytes(Repo.InRepo("tests", "fixtures", "documents", f))).ToArray());

    private static readonly Gen<(int File, Mutation[] Mutations, bool InEntry)> Generator =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], FuzzCase.MutationGen.Array[1, 3], Gen.Bool);

    [Fact]
    public void Mutated_documents_keep_every_property()
    {
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("GOALLINT_FUZZ_ITERATIONS"), out var n) ? n : ShortRun;
        var seed = uint.TryParse(Environment.GetEnvironmentVariable("GOALLINT_FUZZ_SEED"), out var s) ? s : 1u;
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        for (var i = 0L; i < iterations; i++)
        {
            var (failure, read) = Run(seed, i);
            slowest = read > slowest ? read : slowest;
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        output.WriteLine($"seed {seed}: {iterations} inputs, slowest read {slowest.TotalMilliseconds:0} ms (wall clock)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Inputs that once failed, by seed and case number: a Word document whose damage made the package reader throw FileFormatException.</summary>
    [Theory]
    [InlineData(7u, 22L)]
    public void Regression_input_keeps_every_property(uint seed, long index)
    {
        var (failure, _) = Run(seed, index);

        Assert.Null(failure);
    }

    private static (string? Failure, TimeSpan Read) Run(uint seed, long index)
    {
        var (file, mutations, inEntry) = Generator.Generate(new PCG(seed, (ulong)index), null!, out _);
        var bytes = Mutate(Files.Value[file], mutations, inEntry);
        var label = $"#{index} {Seeds[file]} [{string.Join(", ", mutations)}]{(inEntry ? " in an entry" : "")}";
        try
        {
            var seen = FuzzHarness.Shared.Check(bytes);
            if (seen.Read > FuzzHarness.ReadBudget && FuzzHarness.Shared.MeasureReadCpu(bytes) is var cpu && cpu > FuzzHarness.ReadBudget)
            {
                return ($"{label}: reading took {cpu.TotalSeconds:0.00} s of CPU, over the {FuzzHarness.ReadBudget.TotalSeconds} s budget", seen.Read);
            }

            return (null, seen.Read);
        }
        catch (FuzzFailure failure)
        {
            return ($"{label}: {failure.Message}", TimeSpan.Zero);
        }
    }

    /// <summary>Damages the file's bytes, or one entry of a zip-based file (then rebuilt as a valid zip).</summary>
    private static byte[] Mutate(byte[] file, Mutation[] mutations, bool inEntry)
    {
        var bytes = mutations.Where(m => m.OnBytes).Aggregate(file, ByteMutator.Apply);
        if (!inEntry || file[0] != (byte)'P')
        {
            return mutations.Any(m => m.OnBytes) ? bytes : ByteMutator.Apply(file, mutations[0] with { Kind = MutationKind.FlipByte });
        }

        using var source = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        var target = (int)((uint)mutations[0].A % (uint)source.Entries.Count);
        using var output = new MemoryStream();
        using (var rebuilt = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var e = 0; e < source.Entries.Count; e++)
            {
                using var read = new MemoryStream();
                using (var stream = source.Entries[e].Open())
                {
                    stream.CopyTo(read);
                }

                var content = e == target ? mutations.Select(m => m with { Kind = m.OnBytes ? m.Kind : MutationKind.FlipByte }).Aggregate(read.ToArray(), ByteMutator.Apply) : read.ToArray();
                using var write = rebuilt.CreateEntry(source.Entries[e].FullName).Open();
                write.Write(content);
            }
        }

        return output.ToArray();
    }
}
