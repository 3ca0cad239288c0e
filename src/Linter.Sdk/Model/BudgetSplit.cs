namespace GoalLint.Model;

/// <summary>
/// A 部门整体 budget split by kind of spending, as its header prints it: 预算总额 = 基本支出 + 项目支出, with
/// 基本支出 broken down further into 人员经费 + 公用经费 on some forms. These are kinds of spending, not sources of
/// money, so they are kept apart from <see cref="TableHeader.FundSources"/>: read as sources, the 人员经费 and
/// 公用经费 lines would count 基本支出 twice.
/// </summary>
public sealed class BudgetSplit
{
    /// <summary>基本支出: the department's running costs.</summary>
    public MoneyField? Basic { get; set; }

    /// <summary>人员经费, part of 基本支出.</summary>
    public MoneyField? Personnel { get; set; }

    /// <summary>公用经费 (日常公用经费), part of 基本支出.</summary>
    public MoneyField? Public { get; set; }

    /// <summary>项目支出: the department's projects.</summary>
    public MoneyField? Project { get; set; }
}
