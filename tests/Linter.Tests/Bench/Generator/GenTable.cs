namespace GoalLint.Benchmarks.Generator;

/// <summary>
/// One invented indicator row: target values for goal tables, actual/weight/score for self-evaluations;
/// <see cref="Reason"/> is the deviation explanation of a missed target (empty when none was written).
/// </summary>
internal sealed record GenIndicator(string Name, string CycleValue, string YearValue, string Actual, bool Missed, string Reason, decimal Weight, decimal Score)
{
    /// <summary>What a self-evaluation's remark column says: the reason for a miss, otherwise 已完成.</summary>
    public string Remark => Missed ? Reason : "已完成";
}

/// <summary>One 一级/二级 slot of the form with the indicators written under it (none for an empty slot).</summary>
internal sealed record GenSlot(string Level1, string Level2, IReadOnlyList<GenIndicator> Indicators);

/// <summary>
/// The content of one generated table, independent of its layout: each family writer prints it in
/// its own text shape, so every family gets the same mix of names, numbers and defects.
/// </summary>
internal sealed record GenTable(
    string Project,
    string ProjectType,
    string Department,
    string Unit,
    int Year,
    int StartYear,
    int EndYear,
    long Budget,
    long Spent,
    string CycleGoal,
    string YearGoal,
    IReadOnlyList<GenSlot> Slots,
    decimal FundsScore,
    decimal TotalScore,
    bool ShiftedRow)
{
    public IEnumerable<GenIndicator> Indicators => Slots.SelectMany(s => s.Indicators);
}
