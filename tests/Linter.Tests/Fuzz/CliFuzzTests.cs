using GoalLint.Cli;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// Mutated files through the command line, as CI runs it: the exit code is one the gate documents
/// for a run that finished (findings or none), whatever the files hold, and nothing but findings
/// and a summary comes out (no stack trace).
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CliFuzzTests : IDisposable
{
    private const int Inputs = 16;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("goallint-cli-fuzz-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Mutated_files_exit_with_a_documented_code()
    {
        var campaign = new FuzzCampaign(FuzzHarness.Shared, stream: 7);
        for (var i = 0; i < Inputs; i++)
        {
            File.WriteAllBytes(Path.Combine(_dir.FullName, $"input-{i:00}.txt"), campaign.Case(i).Build(FuzzHarness.Shared.Seeds, FuzzHarness.Shared.Corpus));
        }

        var (code, stdout, stderr) = CliRun.Run("lint", _dir.FullName, "--no-config", "--fail-on", "warning");

        Assert.Contains(code, new[] { ExitCodes.Clean, ExitCodes.FindingsOverThreshold });
        Assert.Equal("", stderr);
        Assert.Contains($"{Inputs} files", stdout, StringComparison.Ordinal);
    }
}
