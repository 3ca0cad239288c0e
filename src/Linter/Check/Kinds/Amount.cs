using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// A number with a unit, brought to a base unit so two can be compared: 万元 and 亿元 become 元.
/// Two amounts in different units never compare; the check stays silent.
/// </summary>
public readonly record struct Amount(decimal Value, string Unit)
{
    public static Amount? Of(ParsedValue value) => value.Number is not { } n ? null : value.Unit switch
    {
        "万元" => InYuan(n, 10_000m),
        "亿元" => InYuan(n, 100_000_000m),
        null => null,
        var unit => new Amount(n, unit),
    };

    public static Amount Of(MoneyField money) => new(money.Yuan, "元");

    private static Amount? InYuan(decimal n, decimal per) => SafeNumber.Multiply(n, per) is { } yuan ? new Amount(yuan, "元") : null;

    public bool ComparesWith(Amount other) => Unit == other.Unit;
}
