using System.Globalization;
using System.Text;
using GoalLint.Check.Engine;

namespace GoalLint.Report.Text;

/// <summary>
/// The slowest rules of a run as a small aligned table (like ESLint's TIMING): time summed over
/// all calls, its share of all rule time, calls and findings. Printed to standard error by
/// <c>lint --timing</c> so it never mixes with a report written to standard output.
/// </summary>
public static class TimingTable
{
    public const int DefaultRows = 10;

    public static string Render(IReadOnlyList<RuleTiming> timings, int rows = DefaultRows)
    {
        var total = timings.Sum(t => t.Elapsed.TotalMilliseconds);
        var shown = timings.OrderByDescending(t => t.Elapsed).ThenBy(t => t.RuleId, StringComparer.Ordinal).Take(Math.Max(1, rows)).ToArray();
        string[] head = ["Rule", "Time (ms)", "Relative", "Calls", "Findings"];
        var cells = shown.Select(t => new[]
        {
            t.RuleId,
            t.Elapsed.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture),
            (total > 0 ? t.Elapsed.TotalMilliseconds / total : 0).ToString("0.0%", CultureInfo.InvariantCulture),
            t.Calls.ToString(CultureInfo.InvariantCulture),
            t.Findings.ToString(CultureInfo.InvariantCulture),
        }).ToArray();
        var widths = head.Select((h, c) => cells.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder();
        Line(text, head, widths);
        text.AppendLine(string.Join("|", widths.Select((w, c) => c == 0 ? ":" + new string('-', w) : new string('-', c == widths.Length - 1 ? w : w + 1) + ":")));
        foreach (var row in cells)
        {
            Line(text, row, widths);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{timings.Count} rules, {total:0.000} ms in rules (summed over threads)");
        return text.ToString();
    }

    /// <summary>The rule column is left-aligned, the figures right-aligned.</summary>
    private static void Line(StringBuilder text, string[] row, int[] widths) =>
        text.AppendLine(string.Join(" | ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
}
