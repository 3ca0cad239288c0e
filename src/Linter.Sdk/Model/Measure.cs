namespace GoalLint.Model;

/// <summary>
/// What an indicator measures, read once by normalisation from its 三级 name, its target's unit and
/// its kind (the vocabulary's <c>measures</c>). Rules decide category and unit questions from it.
/// </summary>
public enum Measure
{
    /// <summary>Neither the name nor the value says.</summary>
    Unknown,
    /// <summary>A count or an amount of something: 培训人次, 档案整理数量, 2300平方米.</summary>
    Count,
    /// <summary>A rate or share: 合格率, 覆盖率, ≥95%.</summary>
    Rate,
    /// <summary>A time, duration or deadline: 响应时间, 完成时限, 2024年6月30日前.</summary>
    Time,
    /// <summary>What is spent: 成本, 单价, 造价, 经费 (档案整理单价 ≤13.8元/卷).</summary>
    Cost,
    /// <summary>An amount of money that may be spent or earned: 带动投资 500万元.</summary>
    Money,
    /// <summary>Satisfaction of those served: 服务对象满意度.</summary>
    Satisfaction,
    /// <summary>A state or grade in words: 是否按规定验收, 达标.</summary>
    Qualitative,
}
