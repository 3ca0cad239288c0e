using System.Diagnostics;
using GoalLint.Cli;

namespace GoalLint.Tests.Report;

/// <summary>Progress is for a person at a terminal: drawn in place, erased at the end, and never in redirected output.</summary>
public sealed class TerminalProgressTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-progress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(false, null, "xterm-256color", true)]
    [InlineData(true, null, "xterm-256color", false)]
    [InlineData(false, "true", "xterm-256color", false)]
    [InlineData(false, null, "dumb", false)]
    [InlineData(false, "", null, true)]
    public void Shown_only_on_an_interactive_terminal(bool redirected, string? ci, string? term, bool shown)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["TERM"] = term };
        Assert.Equal(shown, TerminalProgress.ShouldShow(redirected, name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Status_is_redrawn_in_place_and_erased()
    {
        var screen = new StringWriter();
        var progress = new TerminalProgress(screen);
        progress.Show("40/120 files read, 95 tables");
        progress.Show("checking 9 tables…", force: true);
        progress.Clear();
        const string first = "goallint: 40/120 files read, 95 tables";
        Assert.Equal(
            "\r" + first + "\r" + "goallint: checking 9 tables…".PadRight(first.Length) + "\r" + new string(' ', "goallint: checking 9 tables…".Length) + "\r",
            screen.ToString());
    }

    [Fact]
    public void Clear_without_a_status_writes_nothing()
    {
        var screen = new StringWriter();
        new TerminalProgress(screen).Clear();
        Assert.Equal("", screen.ToString());
    }

    /// <summary>The built tool as a child process with both streams redirected, as CI runs it: the report and nothing else.</summary>
    [Fact]
    public async Task Redirected_run_prints_no_progress()
    {
        var input = Path.Combine(_dir, "warnings.txt");
        File.WriteAllText(input, CliRun.WarningsOnlyTable);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "goallint.dll"), "lint", input, "--no-config" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CI");
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();

        Assert.Equal(ExitCodes.Clean, process.ExitCode);
        Assert.Equal("", await stderr);
        var report = await stdout;
        Assert.DoesNotContain('\r', report);
        Assert.Contains("/warnings.txt(", report, StringComparison.Ordinal);
        Assert.Matches(@" warnings, 0 info \(\d+ new, 0 baselined, 0 waived\)\n$", report);
    }
}
