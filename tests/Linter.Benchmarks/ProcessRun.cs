using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GoalLint.Benchmarks;

/// <summary>One whole-process run of the tool: wall time, CPU time and peak resident memory.</summary>
internal sealed record ProcessRun(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, int ExitCode, string Errors)
{
    private const string TimeTool = "/usr/bin/time";

    /// <summary>
    /// Runs <c>dotnet goallint.dll ARGS</c>. Peak memory and CPU come from <c>/usr/bin/time -v</c> when
    /// the machine has it (the kernel's own high-water mark); otherwise from polling the process.
    /// </summary>
    public static ProcessRun Start(string goallint, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var timed = File.Exists(TimeTool);
        var info = new ProcessStartInfo(timed ? TimeTool : "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (timed ? ["-v", "dotnet"] : Array.Empty<string>()).Append(goallint).Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        long polled = 0;
        while (!process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                polled = Math.Max(polled, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // It exited between the wait and the read: the loop's next wait says so.
            }
        }

        clock.Stop();
        _ = output.Result;
        var text = errors.Result;
        var cpu = Seconds(text, "User time \\(seconds\\)") + Seconds(text, "System time \\(seconds\\)");
        var peak = Match(text, "Maximum resident set size \\(kbytes\\)") is { } kb ? (long)kb * 1024 : polled;
        var ownErrors = string.Join('\n', text.Split('\n').TakeWhile(l => !l.StartsWith("\tCommand being timed", StringComparison.Ordinal)));
        return new ProcessRun(clock.Elapsed, TimeSpan.FromSeconds(cpu), peak, process.ExitCode, ownErrors.Trim());
    }

    private static double Seconds(string text, string label) => Match(text, label) ?? 0;

    private static double? Match(string text, string label) =>
        Regex.Match(text, label + ":\\s*([0-9.]+)") is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
}
