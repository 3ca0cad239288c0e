using GoalLint.Model;

namespace GoalLint.Shared;

/// <summary>
/// A kind of form a title names (vocabulary <c>table-kinds</c>): its id (application-goals,
/// approved-goals, department-self-evaluation …), what reviewers call it, and the table kind it is read as.
/// </summary>
public sealed record FormKind(string Id, string? Name, TableKind Kind);
