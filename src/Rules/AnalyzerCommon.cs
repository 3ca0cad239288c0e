using System.Globalization;
using System.Text;
using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Rules;

/// <summary>What the analyzers share: number display, comparison keys, money units, message values.</summary>
internal static class AnalyzerCommon
{
    /// <summary>A number as a reviewer writes it: invariant, no trailing zeros (97.5, 351000).</summary>
    public static string Show(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A rate (0.975) as a percentage (97.5%).</summary>
    public static string ShowPercent(decimal rate) => SafeNumber.Multiply(rate, 100m) is { } percent ? Show(Math.Round(percent, 2)) + "%" : Show(rate);

    public static IReadOnlyDictionary<string, string> Values(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>A location for a message: 「第 12 行」, or the cell of a spreadsheet (Sheet1!C12).</summary>
    public static string Where(SourceLocation at) => at.Cell is not null ? at.ToString() : $"第 {at.Line} 行";

    public static bool IsBlank(TextField? field) => field is null || field.IsBlank;

    /// <summary>Whether the text holds a letter or digit (a name, not only punctuation or marks); a plain loop, as it runs per row.</summary>
    public static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Text folded for comparing values: full-width forms made ASCII and whitespace dropped, so
    /// 「≥ 90 ％」 and 「≥90%」 compare equal while 「≥90%」 and 「≤90%」 do not.
    /// </summary>
    public static string Squash(string? text) => Fold(text, dropPunctuation: false);

    /// <summary>
    /// Text folded for comparing names: as <see cref="Squash"/>, and punctuation dropped too, so
    /// 「服务对象满意度（%）」 and 「服务对象满意度(%)」 and 「服务对象满意度」 are one name.
    /// </summary>
    public static string NameKey(string? text) => Fold(text, dropPunctuation: true);

    /// <summary>How many 元 one unit is; null for a unit that is not a sum of money (元/卷 is a unit cost, not a sum).</summary>
    public static decimal? YuanPer(string? unit) => MoneyUnits.YuanPer(unit);

    /// <summary>
    /// True when the lines add up as written but were read in different units (a 资金总额（万元） line
    /// above a 财政拨款 line read in 元): the read lost a unit, the submission's sum is right.
    /// </summary>
    public static bool AddsUpAsWritten(MoneyField total, IReadOnlyList<MoneyField> parts) =>
        parts.Any(p => p.Unit != total.Unit) && parts.Sum(p => p.InSourceUnit) == total.InSourceUnit;

    /// <summary>A printed amount its parts do not add up to: {check}, {detail}, {expected} (the sum, in the printed unit), {actual}.</summary>
    public static void ReportSum(AnalysisContext context, MoneyField printed, decimal sum, string check, string detail) =>
        context.Report(printed.At, printed.Raw, values: Values(("check", check), ("detail", detail), ("expected", Money(sum, printed)), ("actual", printed.Raw)));

    /// <summary>An amount of 元 in the unit <paramref name="like"/> was written in (15万元), so figures read like the form.</summary>
    public static string Money(decimal yuan, MoneyField like) => YuanPer(like.Unit) is { } per ? Show(yuan / per) + like.Unit : Show(yuan) + "元";

    /// <summary>A rate as written, 「0.98」 or 「98%」, as a fraction (0.98); false when the text is no number (—).</summary>
    public static bool TryReadRate(string? raw, out decimal rate)
    {
        var text = Squash(raw);
        var percent = text.EndsWith('%');
        if (decimal.TryParse(percent ? text[..^1] : text, NumberStyles.Number, CultureInfo.InvariantCulture, out rate))
        {
            rate = percent ? rate / 100m : rate;
            return Math.Abs(rate) <= 1_000_000_000_000_000m; // no rate is larger, and beyond it the difference to another could overflow
        }

        return false;
    }

    /// <summary>A decimal parameter that must not be negative; a bad value falls back to the default.</summary>
    public static decimal NonNegative(RuleParameters parameters, string name, decimal fallback) =>
        parameters.Number(name, fallback) is var value && value >= 0 ? value : fallback;

    private static string Fold(string? text, bool dropPunctuation)
    {
        text ??= "";

        // Most text folds to itself: it is returned without a copy.
        var first = 0;
        while (first < text.Length && Folded(text[first], dropPunctuation) == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (Folded(text[i], dropPunctuation) is { } c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The character as folded (full-width ASCII to ASCII), or null when folding drops it.</summary>
    private static char? Folded(char raw, bool dropPunctuation)
    {
        var c = raw switch
        {
            >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
            '\u3000' => ' ',
            _ => raw,
        };
        return char.IsWhiteSpace(c) || char.IsControl(c) || (dropPunctuation && char.IsPunctuation(c)) ? null : c;
    }
}
