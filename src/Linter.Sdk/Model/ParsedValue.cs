using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>How an indicator value (指标值) reads once parsed.</summary>
public enum ValueKind
{
    /// <summary>The cell is empty.</summary>
    Empty,
    /// <summary>Comparison, number and unit: ≥95%, ≤0.13万元/平方米, 不少于6次, 2300平方米.</summary>
    Quantity,
    /// <summary>A range: 90%-95%, 3~5个.</summary>
    Range,
    /// <summary>A deadline: 2023年12月31日前, 12月底前, 每年12月31日前.</summary>
    Deadline,
    /// <summary>Text without a number: 是, 达标, 良好, 巩固提升. Checkable or not is the rules' call.</summary>
    Qualitative,
    /// <summary>Holds numbers GoalLint could not read safely; kept raw, never guessed.</summary>
    Unparsed,
}

/// <summary>The comparison an indicator value states.</summary>
public enum Comparison
{
    /// <summary>No comparison written: the value is a target to meet exactly (2个, 100%).</summary>
    None,
    /// <summary>≥, 不少于, 不低于, 至少, 以上, 达到.</summary>
    AtLeast,
    /// <summary>≤, 不超过, 不高于, 以内.</summary>
    AtMost,
    /// <summary>&gt;, 大于, 高于, 超过.</summary>
    GreaterThan,
    /// <summary>&lt;, 小于, 低于.</summary>
    LessThan,
    /// <summary>=, 等于.</summary>
    Equal,
}

/// <summary>The period a value is stated for.</summary>
public enum PeriodQualifier
{
    None,
    /// <summary>每年: every year of the cycle.</summary>
    EveryYear,
    /// <summary>当年 / 全年: the budget year.</summary>
    CurrentYear,
    /// <summary>年均 / 平均每年: a yearly average.</summary>
    YearlyAverage,
    /// <summary>周期内 / 合同期内: over the whole implementation cycle.</summary>
    WithinCycle,
    /// <summary>累计: cumulative.</summary>
    Cumulative,
}

/// <summary>A deadline such as 2023年12月31日前. Year is null for 12月底前; EveryYear for 每年12月31日前.</summary>
/// <param name="Year">The year, when stated.</param>
/// <param name="Month">The month, when stated.</param>
/// <param name="Day">The day, when stated; null for 月底 (the end of the month).</param>
/// <param name="EveryYear">True for a deadline that recurs every year (每年…前).</param>
public sealed record Deadline(int? Year, int? Month, int? Day, bool EveryYear);

/// <summary>
/// The structured reading of an indicator value. Produced by normalisation; what cannot be
/// read safely has <see cref="Kind"/> = <see cref="ValueKind.Unparsed"/> and only the raw text.
/// </summary>
public sealed record ParsedValue
{
    public static readonly ParsedValue Empty = new() { Kind = ValueKind.Empty };

    public static readonly ParsedValue Unparsed = new() { Kind = ValueKind.Unparsed };

    public required ValueKind Kind { get; init; }

    public Comparison Comparison { get; init; }

    /// <summary>The number, with 万/亿 multipliers applied except where they belong to a money unit (万元).</summary>
    public decimal? Number { get; init; }

    /// <summary>The upper end of a <see cref="ValueKind.Range"/>.</summary>
    public decimal? UpperNumber { get; init; }

    /// <summary>The normalised unit (%, 个, 次, 人次, 元, 万元, 平方米, 小时, 工作日 …; 元/卷 for rates), or null.</summary>
    public string? Unit { get; init; }

    public PeriodQualifier Period { get; init; }

    public Deadline? Deadline { get; init; }

    /// <summary>Words beside the number (100%巩固提升 ⇒ 巩固提升), or the whole text of a qualitative value.</summary>
    public string? Text { get; init; }

    [JsonIgnore]
    public bool IsPercent => Unit == "%";
}
