namespace GoalLint.Report.Templates;

/// <summary>
/// What a report template sees, and all it sees: a small, sorted view of a lint run built by
/// <see cref="ReportViewBuilder"/>. Templates name members in snake_case (<c>summary.errors</c>,
/// <c>table.project_name</c>). Everything is plain text; templates escape it for their output.
/// Adding a member is compatible; renaming or removing one breaks users' own templates.
/// </summary>
/// <param name="Tool">"goallint 1.2.3".</param>
/// <param name="Profile">The profile chain and config applied, root first.</param>
/// <param name="Summary">Counts for the whole run.</param>
/// <param name="WorstTables">Up to five tables with findings, lowest quality score first.</param>
/// <param name="Departments">Tables and findings per 主管部门 (or 用款单位 where no 主管部门 is given), by name.</param>
/// <param name="Files">Every input file, by path, with its tables and findings.</param>
/// <param name="Rules">The rules that produced findings, by id: what the filters offer.</param>
/// <param name="Categories">The categories that have findings, in the documented category order.</param>
/// <param name="RuleFailures">Rules that crashed or timed out, one sentence each in the run's language.</param>
/// <param name="Configuration">What the trust boundary refused, and gate changes by configuration that came with the inputs, as "file(line,col): setting: message".</param>
public sealed record ReportView(
    string Tool,
    IReadOnlyList<string> Profile,
    SummaryView Summary,
    IReadOnlyList<TableView> WorstTables,
    IReadOnlyList<DepartmentView> Departments,
    IReadOnlyList<FileView> Files,
    IReadOnlyList<RuleView> Rules,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> RuleFailures,
    IReadOnlyList<string> Configuration)
{
    /// <summary>The categories that have findings with their names, in the documented order: what the category filter and chart show.</summary>
    public IReadOnlyList<LabelView> CategoryNames { get; init; } = [];
}
