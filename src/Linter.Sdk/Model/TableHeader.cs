namespace GoalLint.Model;

/// <summary>The header block of a table: who spends what, on which project, over which years.</summary>
public sealed class TableHeader
{
    /// <summary>项目名称.</summary>
    public TextField? ProjectName { get; set; }

    /// <summary>项目编码 / 项目编号 (河北).</summary>
    public TextField? ProjectCode { get; set; }

    /// <summary>项目类型, e.g. 其他运转类（信息化运维类）.</summary>
    public TextField? ProjectType { get; set; }

    /// <summary>项目等级, e.g. 二级项目.</summary>
    public TextField? ProjectLevel { get; set; }

    /// <summary>主管部门: the supervising department.</summary>
    public TextField? SupervisingDepartment { get; set; }

    /// <summary>用款单位 / 实施单位 / 填报单位: the spending unit.</summary>
    public TextField? SpendingUnit { get; set; }

    /// <summary>实施周期 起始年度.</summary>
    public NumberField? CycleStartYear { get; set; }

    /// <summary>实施周期 到期年度.</summary>
    public NumberField? CycleEndYear { get; set; }

    /// <summary>The budget year (预算年度 / 评价年度), from a label such as 2024年预算金额 or a title.</summary>
    public NumberField? BudgetYear { get; set; }

    /// <summary>预算金额 / 预算数 / 项目金额 / 评价金额, in 元 with the source unit.</summary>
    public MoneyField? Budget { get; set; }

    /// <summary>财政资金 (河北 其中：财政资金).</summary>
    public MoneyField? FiscalFunds { get; set; }

    /// <summary>其他资金.</summary>
    public MoneyField? OtherFunds { get; set; }

    /// <summary>
    /// The further sources the budget is split into besides <see cref="FiscalFunds"/> and <see cref="OtherFunds"/>
    /// (其中：中央补助资金 1200 / 自治区补助资金 400 / 地区配套资金 150), in the order written; null when the table names none.
    /// </summary>
    public List<FundSource>? FundSources { get; set; }

    /// <summary>
    /// Parts of the budget whose label was read but whose amount was not (中央补助 | 约1200, a value glued to the next
    /// label): the reader's loss, reported as such, so no check adds the parts up without them; null when there are none.
    /// </summary>
    public List<LabelledField>? UnreadAmounts { get; set; }

    /// <summary>A 部门整体 budget's split by kind of spending (基本支出, 人员经费, 公用经费, 项目支出); null when the table prints none.</summary>
    public BudgetSplit? BudgetSplit { get; set; }

    /// <summary>资金用途 (河北).</summary>
    public TextField? FundUse { get; set; }

    /// <summary>资金支出计划 (河北): cumulative % spent by 3月底, 6月底, 10月底, 12月底.</summary>
    public List<SpendingPlanPoint> SpendingPlan { get; } = [];

    /// <summary>联系人.</summary>
    public TextField? ContactPerson { get; set; }

    /// <summary>联系电话.</summary>
    public TextField? ContactPhone { get; set; }

    /// <summary>联系邮箱.</summary>
    public TextField? ContactEmail { get; set; }

    /// <summary>Labelled header cells with no dedicated field (实施文件依据, 项目开始时间 …), kept rather than lost.</summary>
    public List<LabelledField> Other { get; } = [];
}

/// <summary>One point of a 资金支出计划: by the end of <see cref="Month"/>, <see cref="Percent"/>% spent (cumulative).</summary>
/// <param name="Month">The month the point falls at the end of (3, 6, 10, 12).</param>
/// <param name="Percent">The cumulative percentage spent; null when the cell holds no number.</param>
/// <param name="Raw">The cell as written.</param>
/// <param name="At">Where the cell is.</param>
public sealed record SpendingPlanPoint(int Month, decimal? Percent, string Raw, SourceLocation At);

/// <summary>One source of the budget, by the name the table gives it.</summary>
/// <param name="Name">The source's label as a key (中央补助资金: width folded, 其中： and bracketed tags dropped).</param>
/// <param name="Amount">Its amount, in 元 with the source unit.</param>
public sealed record FundSource(string Name, MoneyField Amount);

/// <summary>A header cell kept by its label.</summary>
/// <param name="Label">The label as written (实施文件依据, 项目开始时间 …).</param>
/// <param name="Value">The cell beside it.</param>
public sealed record LabelledField(string Label, TextField Value);
