namespace GoalLint.Model;

/// <summary>
/// 部门整体绩效目标's 年度主要任务: each task line with its budget, and the 金额合计 line as printed, so a
/// rule can check that the tasks add up to the total.
/// </summary>
public sealed class DepartmentTasks
{
    /// <summary>The task lines, in source order.</summary>
    public List<DepartmentTask> Lines { get; } = [];

    /// <summary>The 金额合计 (合计) line; null when the table prints none.</summary>
    public DepartmentTask? Total { get; set; }
}

/// <summary>One line of a 年度主要任务 block: 任务名称, 主要内容, 预算金额 (总额, 财政拨款, 其他资金) in 元.</summary>
/// <param name="Name">任务名称 (金额合计 on the total line).</param>
/// <param name="Content">主要内容.</param>
/// <param name="Budget">预算金额 (总额).</param>
/// <param name="FiscalFunds">Of it, 财政拨款.</param>
/// <param name="OtherFunds">Of it, 其他资金.</param>
public sealed record DepartmentTask(TextField Name, TextField? Content, MoneyField? Budget, MoneyField? FiscalFunds, MoneyField? OtherFunds);
