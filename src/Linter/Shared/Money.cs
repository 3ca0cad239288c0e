using System.Globalization;
using GoalLint.Model;

namespace GoalLint.Shared;

/// <summary>
/// The one reader of numbers and amounts in cells: 1,200.50 (or 1，200.50, or full-width digits),
/// 90% as points, an amount in 元, 千元, 万元 or 亿元 kept in 元 (<see cref="MoneyUnits"/>), and the
/// unit a label states (the vocabulary's money-units).
/// </summary>
public static class Money
{
    /// <summary>The number a cell writes, thousands separators allowed; null when it is not a plain number.</summary>
    public static decimal? Parse(string text) =>
        decimal.TryParse(WithoutSeparators(CellText.FoldWidth(text)), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The number a cell writes before one of <paramref name="suffixes"/> (96分, 2019年, 200万元);
    /// null when anything else stands beside it.
    /// </summary>
    public static decimal? Parse(string text, IReadOnlyList<string> suffixes)
    {
        var t = CellText.FoldWidth(text).Trim();
        foreach (var suffix in suffixes)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Parse(t[..^suffix.Length]);
            }
        }

        return Parse(t);
    }

    /// <summary>
    /// An amount with its note in brackets taken off (735万元（区级财政资金） ⇒ 735万元, 268（财政拨款268） ⇒ 268);
    /// a note that is the amount's unit stays its unit (268（万元） ⇒ 268万元); the text as it is when it does not
    /// end in a bracketed note or nothing stands before the note. A clause after the amount that states no
    /// figure is a note too (80.00万元，均为市级财政资金 ⇒ 80.00万元).
    /// </summary>
    public static string WithoutNote(string text)
    {
        var t = WithoutClause(text.TrimEnd());
        var open = t.EndsWith('）') ? t.LastIndexOf('（') : t.EndsWith(')') ? t.LastIndexOf('(') : -1;
        if (open <= 0 || t[..open].TrimEnd() is not { Length: > 0 } amount)
        {
            return t.Length == text.TrimEnd().Length ? text : t;
        }

        return UnitIn(amount) is null && Vocabulary.Current.MoneyUnit(t[(open + 1)..^1].Trim()) is { } unit ? amount + unit : amount;
    }

    /// <summary>
    /// The text before a clause break (，；) when a figure comes before it, none after, and no bracket is open before it:
    /// 1，200 and 95万元（财政资金80万元，其他资金15万元） stay whole.
    /// </summary>
    private static string WithoutClause(string text)
    {
        var cut = text.AsSpan().IndexOfAny("，,；;");
        return cut > 0 && text.AsSpan(0, cut).IndexOfAny("（(") < 0 && HasDigit(text.AsSpan(0, cut)) && !HasDigit(text.AsSpan(cut + 1))
            ? text[..cut].TrimEnd()
            : text;

        static bool HasDigit(ReadOnlySpan<char> s) => s.ContainsAnyInRange('0', '9') || s.ContainsAnyInRange('０', '９');
    }

    /// <summary>The text without thousands separators, half- or full-width (1,200 and 1，200 ⇒ 1200).</summary>
    public static string WithoutSeparators(string text) =>
        text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);

    public static bool HasPercentSign(string text) => text.EndsWith('%') || text.EndsWith('％');

    /// <summary>The number the text writes, percent signs dropped (30% ⇒ 30, 30 ⇒ 30), or null when it writes none.</summary>
    public static decimal? PercentPoints(string text) => Parse(text.TrimEnd('%', '％'));

    /// <summary>The amount in 元, or null when it is too large to hold once converted.</summary>
    public static decimal? InYuan(decimal amount, string unit) => MoneyUnits.InYuan(amount, unit);

    /// <summary>The unit a label or note states (预算金额（元）, 项目资金 ( 万元 ), 单位：千元), or null when it states none.</summary>
    public static string? UnitIn(string text) => Vocabulary.Current.MoneyUnitIn(text);

    /// <summary>The amount as a field in 元, or null when it is too large to hold.</summary>
    public static MoneyField? Field(decimal amount, string raw, string unit, SourceLocation at) =>
        InYuan(amount, unit) is { } yuan ? new MoneyField(yuan, raw, unit, at) : null;
}
