namespace GoalLint.Shared;

/// <summary>The columns of a 部门整体 table's 年度主要任务 block (vocabulary: task-columns).</summary>
public enum TaskColumn
{
    /// <summary>任务名称.</summary>
    TaskName,
    /// <summary>主要内容.</summary>
    Content,
    /// <summary>预算金额 / 总额.</summary>
    Budget,
    FiscalFunds,
    OtherFunds,
    /// <summary>The line that sums the tasks (金额合计).</summary>
    Total,
}
