namespace GoalLint.Model;

/// <summary>The narrative goals (绩效目标) of a table.</summary>
public sealed class Goals
{
    /// <summary>实施周期总目标: the goal for the whole implementation cycle.</summary>
    public TextField? CycleGoal { get; set; }

    /// <summary>年度目标 (e.g. 2024年度目标), or 河北's single 绩效目标.</summary>
    public TextField? AnnualGoal { get; set; }

    /// <summary>The label the annual goal carried (2023年度目标), which states a year.</summary>
    public TextField? AnnualGoalLabel { get; set; }

    /// <summary>预期目标 / 预期总体目标 (self-evaluation).</summary>
    public TextField? ExpectedGoal { get; set; }

    /// <summary>实际完成情况 (self-evaluation).</summary>
    public TextField? ActualOutcome { get; set; }

    /// <summary>部门整体绩效目标: the sub-goals (分项绩效目标) with their own goal and indicator text.</summary>
    public List<SubGoal> SubGoals { get; } = [];
}

/// <summary>A titled sub-goal of a department-level table: （一）… with 绩效目标 and 绩效指标 text.</summary>
/// <param name="Title">The sub-goal's heading.</param>
/// <param name="Goal">Its 绩效目标 text.</param>
/// <param name="IndicatorText">Its 绩效指标 text.</param>
public sealed record SubGoal(TextField Title, TextField? Goal, TextField? IndicatorText);
