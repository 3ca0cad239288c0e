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
    /// <summary>指标方向 (正向/反向): which way the indicator should move. Its 计算符号 or value says the same, so the column is placed and not kept.</summary>
    Direction,
    /// <summary>The 分值 a 一级 category prints beside its label (一级分值, 一级指标 over 名称 | 分值): the category's, not an indicator's; read as the points its label states (产出指标（40分）).</summary>
    Level1Weight,
    /// <summary>The 分值 a 二级 category prints beside its label (二级分值): read as the points its label states.</summary>
    Level2Weight,
    /// <summary>序号: the row's number or outline code (1, 1.1, 1.1.1) a system export prints first; placed and not kept.</summary>
    RowNumber,
}
