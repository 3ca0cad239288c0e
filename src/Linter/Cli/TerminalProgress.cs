using System.Diagnostics;

namespace GoalLint.Cli;

/// <summary>
/// One status line on standard error ("goallint: 12/40 files, 57 tables"), redrawn in place with
/// a carriage return and erased when the run ends. Shown only to a person at a terminal: when
/// standard error is redirected, in CI, or on a dumb terminal there is no progress at all, so
/// logs and captured output hold only the report.
/// </summary>
public sealed class TerminalProgress(TextWriter writer)
{
    /// <summary>Redraws at most this often: a fast run over small files would otherwise spend its time printing.</summary>
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _sinceRedraw = Stopwatch.StartNew();
    private int _width;

    /// <summary>Progress on the console's standard error, or null when nobody is watching it.</summary>
    public static TerminalProgress? ForConsole() =>
        ShouldShow(Console.IsErrorRedirected, Environment.GetEnvironmentVariable) ? new TerminalProgress(Console.Error) : null;

    /// <summary>True only for an interactive terminal: not redirected, not CI (CI=…), not TERM=dumb.</summary>
    public static bool ShouldShow(bool errorRedirected, Func<string, string?> environment) =>
        !errorRedirected && string.IsNullOrEmpty(environment("CI")) && environment("TERM") != "dumb";

    /// <summary>Replaces the status line; <paramref name="force"/> draws even when the last redraw was moments ago.</summary>
    public void Show(string status, bool force = false)
    {
        if (!force && _width > 0 && _sinceRedraw.Elapsed < RedrawInterval)
        {
            return;
        }

        var line = "goallint: " + status;
        writer.Write("\r" + line.PadRight(_width));
        writer.Flush();
        _width = line.Length;
        _sinceRedraw.Restart();
    }

    /// <summary>Erases the status line, leaving the cursor where it was before the first one.</summary>
    public void Clear()
    {
        if (_width > 0)
        {
            writer.Write("\r" + new string(' ', _width) + "\r");
            writer.Flush();
            _width = 0;
        }
    }
}
