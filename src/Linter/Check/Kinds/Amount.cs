using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// A number with a unit, brought to a base unit so two can be compared: 千元, 万元 and 亿元 become 元.
/// Two amounts in different units never compare; the check stays silent.
/// </summary>
public readonly record struct Amount(decimal Value, string Unit)
{
    public static Amount? Of(ParsedValue value) => value is not { Number: { } n, Unit: { } unit } ? null
        : MoneyUnits.InYuan(n, unit) is { } yuan ? new Amount(yuan, "元")
        : MoneyUnits.YuanPer(unit) is null ? new Amount(n, unit) : null;

    public static Amount Of(MoneyField money) => new(money.Yuan, "元");


    public bool ComparesWith(Amount other) => Unit == other.Unit;
}
