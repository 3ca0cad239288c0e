namespace GoalLint.Shared;

/// <summary>The narrative goals a form labels (vocabulary: goals).</summary>
public enum GoalField
{
    /// <summary>实施周期总目标 / 实施期目标 / 中长期目标.</summary>
    CycleGoal,
    /// <summary>年度目标 / 2024年度绩效目标.</summary>
    AnnualGoal,
    /// <summary>预期目标 (self-evaluation).</summary>
    ExpectedGoal,
    /// <summary>实际完成情况 (self-evaluation).</summary>
    ActualOutcome,
}
