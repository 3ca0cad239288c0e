using Xunit.Abstractions;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// The mutation fuzzer over the real corpus. The suite runs a short seeded run; the long run is
/// the same test with more inputs: <c>GOALLINT_FUZZ_ITERATIONS=100000 dotnet test tests/Linter.Tests --filter FullyQualifiedName~CorpusFuzzTests</c>
/// (GOALLINT_FUZZ_SEED picks another stream of inputs). See docs/robustness.md.
/// </summary>
public sealed class CorpusFuzzTests(ITestOutputHelper output)
{
    private const long ShortRun = 120;

    [Fact]
    public void Mutated_corpus_files_keep_every_property()
    {
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("GOALLINT_FUZZ_ITERATIONS"), out var n) ? n : ShortRun;
        var seed = uint.TryParse(Environment.GetEnvironmentVariable("GOALLINT_FUZZ_SEED"), out var s) ? s : 1u;

        var report = new FuzzCampaign(FuzzHarness.Shared, seed).Run(iterations);

        output.WriteLine($"seed {seed}: {report}");
        Assert.True(report.Failures.Count == 0, report.ToString());
    }
}
