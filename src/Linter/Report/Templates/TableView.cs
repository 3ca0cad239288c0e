using GoalLint.Shared.Messages;

namespace GoalLint.Report.Templates;

/// <summary>One table: its header facts, its quality score and its findings.</summary>
/// <param name="Id">Unique in the report and safe as an HTML id or anchor: t{file}-{table}.</param>
/// <param name="File">The file path.</param>
/// <param name="Index">1-based position in the file (reports count from 1).</param>
/// <param name="Kind">ProjectGoals, DepartmentGoals or SelfEvaluation.</param>
/// <param name="Title">The title as written, or null.</param>
/// <param name="ProjectName">项目名称, or null.</param>
/// <param name="ProjectCode">项目编码, or null.</param>
/// <param name="Department">主管部门 as written, or null.</param>
/// <param name="SpendingUnit">用款单位 / 实施单位, or null.</param>
/// <param name="BudgetYear">The budget year as written, or null.</param>
/// <param name="Budget">预算金额 with its unit as written (e.g. "120.5 万元"), or null.</param>
/// <param name="Cycle">实施周期 as "2023–2025", or null.</param>
/// <param name="Line">Where the table starts.</param>
/// <param name="Indicators">三级指标 rows.</param>
/// <param name="Score">0–100; see <see cref="SummaryView.ScoreFormula"/>.</param>
/// <param name="Errors">Error findings.</param>
/// <param name="Warnings">Warning findings.</param>
/// <param name="Infos">Info findings.</param>
/// <param name="Findings">By location, then rule id.</param>
public sealed record TableView(
    string Id,
    string File,
    int Index,
    string Kind,
    string? Title,
    string? ProjectName,
    string? ProjectCode,
    string? Department,
    string? SpendingUnit,
    string? BudgetYear,
    string? Budget,
    string? Cycle,
    int Line,
    int Indicators,
    int Score,
    int Errors,
    int Warnings,
    int Infos,
    IReadOnlyList<FindingView> Findings)
{
    /// <summary>The best name for headings: 项目名称, else the title, else 第 N 张表.</summary>
    public string Name { get; init; } = ProjectName ?? Title ?? $"{Index}";

    /// <summary>What the department roll-up and filter group by: 主管部门, else 用款单位, else （未填写）.</summary>
    public string DepartmentGroup => Department ?? SpendingUnit ?? MessageCatalogue.Text("report.no-department");
}
