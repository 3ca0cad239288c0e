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
    FiscalFunds,
    OtherFunds,
    FundUse,
    ContactPerson,
    ContactPhone,
    ContactEmail,
}
