namespace GoalLint.Model;

/// <summary>What a table is for.</summary>
public enum TableKind
{
    /// <summary>项目（支出）绩效目标表 / 绩效目标申报表: targets submitted with the budget request.</summary>
    ProjectGoals,
    /// <summary>部门整体绩效目标: narrative goals for the whole department.</summary>
    DepartmentGoals,
    /// <summary>项目支出绩效自评表 / 绩效自评基础信息表: actual values and scores after the year.</summary>
    SelfEvaluation,
}
