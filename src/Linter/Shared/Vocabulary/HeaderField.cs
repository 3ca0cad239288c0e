namespace GoalLint.Shared;

/// <summary>The header fields the forms label, whatever their layout (vocabulary: header-fields).</summary>
public enum HeaderField
{
    /// <summary>A label that introduces other cells (实施周期) and holds no value itself.</summary>
    Group,
    ProjectName,
    ProjectCode,
    ProjectType,
    ProjectLevel,
    SupervisingDepartment,
    SpendingUnit,
    /// <summary>A period written as one value (项目期: 2024-2026年).</summary>
    Cycle,
    CycleStartYear,
    CycleEndYear,
    /// <summary>评价年度 / 预算年度.</summary>
    BudgetYear,
    Budget,
    /// <summary>The whole cycle's amount (实施期资金总额) printed beside the year's: kept as written, never the budget.</summary>
    CycleBudget,
    /// <summary>A fund block's label (项目资金): the budget when an amount stands beside it, else the group of the amounts by it.</summary>
    Funds,
    FiscalFunds,
    OtherFunds,
    /// <summary>A further source the budget is split into (中央补助资金, 自治区补助资金, 区级财政资金): a label of the vocabulary's fund-sources shape.</summary>
    FundSource,
    /// <summary>A 部门整体 budget's parts by kind of spending (<see cref="GoalLint.Model.BudgetSplit"/>).</summary>
    BasicSpending,
    PersonnelSpending,
    PublicSpending,
    ProjectSpending,
    FundUse,
    ContactPerson,
    ContactPhone,
    ContactEmail,
}
