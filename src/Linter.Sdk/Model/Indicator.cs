using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>
/// One 三级指标 row with its place in the frame (一级指标 › 二级指标) and its values.
/// Which value columns are filled depends on the layout: 广东 goal tables fill the cycle and
/// annual values, 河北 fills description, annual value and basis, self-evaluations fill the
/// annual target, actual value, weight and score.
/// </summary>
public sealed class Indicator
{
    /// <summary>一级指标 label as written (after unwrapping), e.g. 产出指标.</summary>
    public TextField? Level1 { get; set; }

    /// <summary>二级指标 label as written, e.g. 数量指标.</summary>
    public TextField? Level2 { get; set; }

    /// <summary>Canonical 一级指标, set by normalisation.</summary>
    public Level1Category Level1Category { get; set; }

    /// <summary>Canonical 二级指标, set by normalisation.</summary>
    public Level2Category Level2Category { get; set; }

    /// <summary>三级指标: the concrete indicator name.</summary>
    public TextField? Name { get; set; }

    /// <summary>绩效指标描述 (河北).</summary>
    public TextField? Description { get; set; }

    /// <summary>指标计算公式 (韶关 self-evaluation).</summary>
    public TextField? Formula { get; set; }

    /// <summary>评分标准 / 绩效标准 (evaluation frames and some self-evaluations): how the row's 得分 is set.</summary>
    public TextField? ScoringStandard { get; set; }

    /// <summary>实施周期指标值: the target for the whole implementation cycle (广东 goal tables).</summary>
    public IndicatorValue? CycleValue { get; set; }

    /// <summary>当年度指标值 / 指标值 / 年度指标值 / 评价年度预期值: the target for the budget year.</summary>
    public IndicatorValue? AnnualValue { get; set; }

    /// <summary>指标值确定依据 (河北): 年度工作计划, 行业规范, 历史标准 …</summary>
    public TextField? ValueBasis { get; set; }

    /// <summary>实际完成值 / 评价年度实现值 (self-evaluation).</summary>
    public IndicatorValue? ActualValue { get; set; }

    /// <summary>分值: the weight of this line in a self-evaluation.</summary>
    public NumberField? Weight { get; set; }

    /// <summary>得分: the score awarded.</summary>
    public NumberField? Score { get; set; }

    /// <summary>偏差原因分析及改进措施 / 未完成原因说明.</summary>
    public TextField? DeviationReason { get; set; }

    /// <summary>
    /// Set by normalisation: the row only marks an unused slot (三级指标 `*`, `/`, 不涉及, 无 …, values
    /// empty, 0 or marked, no weight or score). Rules leave such rows to the not-applicable rule.
    /// </summary>
    public bool NotApplicable { get; set; }

    /// <summary>
    /// Set by normalisation: what the indicator measures. Derived from the name and values on every
    /// read, so not part of the exchanged document.
    /// </summary>
    [JsonIgnore]
    public Measure Measure { get; set; }

    /// <summary>
    /// Set by normalisation: a rate that should go down (故障率, 受害率; the vocabulary's <c>lower-is-better</c>),
    /// so a floor on it is the wrong direction and an actual under that floor no shortfall. Derived, not exchanged.
    /// </summary>
    [JsonIgnore]
    public bool LowerIsBetter { get; set; }

    /// <summary>Where the row starts.</summary>
    public SourceLocation At { get; set; }

    /// <summary>The row as it reads in the source (cells joined by tabs), for reports.</summary>
    public string? SourceRow { get; set; }

    /// <summary>"一级 › 二级 › 三级" for messages and fingerprints; derived, so not serialised.</summary>
    [JsonIgnore]
    public string Path => string.Join(" › ", new[] { Level1?.Text, Level2?.Text, Name?.Text }
        .Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>
/// A 一级/二级 slot the table declares, whether or not it holds indicators: an empty 满意度指标
/// slot is how a form shows a missing indicator.
/// </summary>
/// <param name="Level1">一级指标 label as written.</param>
/// <param name="Level2">二级指标 label as written.</param>
/// <param name="Level1Category">Canonical 一级指标, set by normalisation.</param>
/// <param name="Level2Category">Canonical 二级指标, set by normalisation.</param>
/// <param name="IndicatorCount">How many 三级指标 the slot holds.</param>
/// <param name="At">Where the slot starts.</param>
public sealed record IndicatorSlot(
    TextField? Level1,
    TextField? Level2,
    Level1Category Level1Category,
    Level2Category Level2Category,
    int IndicatorCount,
    SourceLocation At);
