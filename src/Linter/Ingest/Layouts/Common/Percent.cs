using System.Globalization;

namespace GoalLint.Ingest.Layouts.Common;

/// <summary>Numbers written with a percent sign, half- or full-width (90%, 90％).</summary>
internal static class Percent
{
    public static bool HasSign(string text) => text.EndsWith('%') || text.EndsWith('％');

    /// <summary>The number the text writes, percent signs dropped (30% ⇒ 30, 30 ⇒ 30), or null when it writes none.</summary>
    public static decimal? Points(string text) =>
        decimal.TryParse(text.TrimEnd('%', '％').Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
