namespace GoalLint.Model;

/// <summary>
/// The one conversion between the money units the forms use (元, 千元, 万元, 亿元). Which spellings
/// name each unit (万, 人民币元 …) is the vocabulary's; how many 元 each is lives here, beside
/// <see cref="MoneyField"/>, so readers, rules and plugins convert alike.
/// </summary>
public static class MoneyUnits
{
    /// <summary>How many 元 one <paramref name="unit"/> is; null for a unit that is not a sum of money (元/卷 is a unit cost).</summary>
    public static decimal? YuanPer(string? unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };

    /// <summary>The amount in 元; null when the unit is no sum of money or the result would not fit.</summary>
    public static decimal? InYuan(decimal amount, string? unit) =>
        YuanPer(unit) is { } factor && Math.Abs(amount) <= decimal.MaxValue / factor ? amount * factor : null;
}
