namespace GoalLint.Ingest.Layouts.Common;

/// <summary>The header fields the forms label, whatever their layout.</summary>
internal enum HeaderField
{
    /// <summary>A label that introduces other cells (实施周期) and holds no value itself.</summary>
    Group,
    ProjectName,
    ProjectCode,
    ProjectType,
    ProjectLevel,
    SupervisingDepartment,
    SpendingUnit,
    CycleStartYear,
    CycleEndYear,
    Budget,
    FiscalFunds,
    OtherFunds,
    FundUse,
    ContactPerson,
    ContactPhone,
    ContactEmail,
}
