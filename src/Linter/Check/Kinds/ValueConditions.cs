using System.Globalization;
using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// Conditions on a parsed indicator value (<see cref="ParsedValue"/>); all stated ones must hold.
/// Shared by the <c>value</c> check and the <c>when:</c> of a <c>compare</c> check.
/// </summary>
public sealed class ValueConditions
{
    /// <summary>The parsed kind is one of these; when none is stated, empty and unparsed values never match.</summary>
    public List<ValueKind> Kinds { get; set; } = [];

    public List<Comparison> Comparisons { get; set; } = [];

    /// <summary>The unit is one of these.</summary>
    public List<string> Units { get; set; } = [];

    /// <summary>The unit is none of these (a missing unit counts as none).</summary>
    public List<string> NotUnits { get; set; } = [];

    /// <summary>The period (每年, 年均 …) is none of these.</summary>
    public List<PeriodQualifier> NotPeriods { get; set; } = [];

    /// <summary>
    /// True: the value has a number but no unit, or a unit that only says per what (≤7.5万/公里, 12.4/条):
    /// what is counted per 公里 is never named.
    /// </summary>
    public bool? UnitMissing { get; set; }

    /// <summary>The number is at least this.</summary>
    public decimal? AtLeast { get; set; }

    /// <summary>The number is at most this.</summary>
    public decimal? AtMost { get; set; }

    /// <summary>The number is above this.</summary>
    public decimal? Above { get; set; }

    /// <summary>The number is below this.</summary>
    public decimal? Below { get; set; }

    public bool Hold(ParsedValue value) =>
        (Kinds.Count == 0 ? value.Kind is not (ValueKind.Unparsed or ValueKind.Empty) : Kinds.Contains(value.Kind))
        && (Comparisons.Count == 0 || Comparisons.Contains(value.Comparison))
        && (Units.Count == 0 || value.Unit is { } u && Units.Contains(u))
        && (NotUnits.Count == 0 || value.Unit is not { } n || !NotUnits.Contains(n))
        && !NotPeriods.Contains(value.Period)
        && (UnitMissing is not { } missing || missing == (value.Number is not null && (value.Unit is null || value.Unit.StartsWith('/'))))
        && NumberHolds(value.Number);

    /// <summary>The values a message may quote about a parsed value.</summary>
    public static Dictionary<string, string> Describe(ParsedValue value) => new()
    {
        ["number"] = value.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["unit"] = value.Unit ?? "",
        ["comparison"] = value.Comparison.ToString(),
        ["kind"] = value.Kind.ToString(),
    };

    private bool NumberHolds(decimal? number)
    {
        if (AtLeast is null && AtMost is null && Above is null && Below is null)
        {
            return true;
        }

        return number is { } n
            && (AtLeast is not { } a || n >= a)
            && (AtMost is not { } b || n <= b)
            && (Above is not { } c || n > c)
            && (Below is not { } d || n < d);
    }
}
