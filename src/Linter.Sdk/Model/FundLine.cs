namespace GoalLint.Model;

/// <summary>Which line of a self-evaluation's 项目资金 block.</summary>
public enum FundLineKind
{
    /// <summary>年度资金总额 / 资金合计.</summary>
    Total,
    /// <summary>当年财政拨款.</summary>
    CurrentAppropriation,
    /// <summary>上年结转资金.</summary>
    CarriedOver,
    /// <summary>其他资金.</summary>
    Other,
    /// <summary>Any other labelled line (中央及省级资金, 市本级资金 …).</summary>
    Named,
}

/// <summary>
/// One line of a self-evaluation's funds block: 年初预算数, 全年预算数, 全年执行数, and on the
/// total line 分值, 执行率 and 得分.
/// </summary>
public sealed class FundLine
{
    public required FundLineKind Kind { get; init; }

    /// <summary>The line's label as written.</summary>
    public required TextField Label { get; init; }

    /// <summary>年初预算数.</summary>
    public NumberField? InitialBudget { get; set; }

    /// <summary>全年预算数.</summary>
    public NumberField? AnnualBudget { get; set; }

    /// <summary>全年执行数.</summary>
    public NumberField? Executed { get; set; }

    /// <summary>分值.</summary>
    public NumberField? Weight { get; set; }

    /// <summary>执行率, as written (0.98 or 98%); see <see cref="NumberField.Raw"/>.</summary>
    public NumberField? ExecutionRate { get; set; }

    /// <summary>得分.</summary>
    public NumberField? Score { get; set; }

    /// <summary>The unit amounts are in (元 or 万元).</summary>
    public string Unit { get; set; } = "元";
}
