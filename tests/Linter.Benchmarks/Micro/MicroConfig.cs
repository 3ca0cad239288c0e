using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GoalLint.Benchmarks.Micro;

/// <summary>
/// In-process runs (no generated project to build, and the rule packs beside this binary are
/// found), a short job (the machine is shared), and allocations per call.
/// </summary>
internal sealed class MicroConfig : ManualConfig
{
    public MicroConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
