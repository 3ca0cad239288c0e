namespace GoalLint.Report.Templates;

/// <summary>A department's roll-up: its tables, their findings and their mean quality score.</summary>
/// <param name="Name">主管部门 (or 用款单位), or "（未填写）" when the tables name neither.</param>
/// <param name="Tables">Tables of the department.</param>
/// <param name="Findings">Findings in those tables.</param>
/// <param name="Errors">Of which errors.</param>
/// <param name="Warnings">Of which warnings.</param>
/// <param name="AverageScore">Mean of the tables' scores, rounded.</param>
public sealed record DepartmentView(string Name, int Tables, int Findings, int Errors, int Warnings, int AverageScore);
