using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Common;

/// <summary>Amounts as the forms write them (1,200.50 in 元, 万元 or 亿元), kept in 元.</summary>
internal static partial class Money
{
    /// <summary>The number a cell writes, thousands separators (, or ，) allowed; null when it is not a plain number.</summary>
    public static decimal? Parse(string text) =>
        decimal.TryParse(WithoutSeparators(text), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The text without thousands separators, half- or full-width (1,200 and 1，200 ⇒ 1200).</summary>
    public static string WithoutSeparators(string text) =>
        text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);

    /// <summary>The amount in 元, or null when it is too large to hold once converted.</summary>
    public static decimal? InYuan(decimal amount, string unit)
    {
        var factor = unit switch
        {
            "万元" => 10_000m,
            "亿元" => 100_000_000m,
            _ => 1m,
        };
        return Math.Abs(amount) <= decimal.MaxValue / factor ? amount * factor : null;
    }

    /// <summary>The unit a label or note states in brackets (预算金额（元）, 项目资金 ( 万元 )), or null when it states none.</summary>
    public static string? UnitIn(string text) =>
        BracketedUnit().Match(CellText.Squeeze(text)) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The amount as a field in 元, or null when it is too large to hold.</summary>
    public static MoneyField? Field(decimal amount, string raw, string unit, SourceLocation at) =>
        InYuan(amount, unit) is { } yuan ? new MoneyField(yuan, raw, unit, at) : null;

    [GeneratedRegex("[（(]((?:万|亿)?元)[)）]")]
    private static partial Regex BracketedUnit();
}
