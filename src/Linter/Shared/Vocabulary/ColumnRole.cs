namespace GoalLint.Shared;

/// <summary>What an indicator table's column holds (vocabulary: indicator-columns).</summary>
public enum ColumnRole
{
    Level1,
    Level2,
    /// <summary>三级指标 / 指标名称 / 指标内容 / 评价内容.</summary>
    Name,
    /// <summary>实施周期指标值 / 实施期 / 中期 / 长期.</summary>
    CycleValue,
    /// <summary>指标值 / 年度指标值 / 预期值.</summary>
    AnnualValue,
    /// <summary>实际完成值 / 全年实际值 / 实现值.</summary>
    ActualValue,
    /// <summary>计算符号 / 指标性质: ≥, ≤, = written in a column of their own.</summary>
    Comparator,
    /// <summary>计量单位 / 度量单位.</summary>
    Unit,
    Standard,
    Explanation,
    Description,
    Basis,
    Formula,
    Weight,
    Score,
    Deviation,
}
