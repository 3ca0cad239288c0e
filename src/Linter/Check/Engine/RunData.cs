using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// What every call of a run sees besides its own table: the documents, and the tables (all of them,
/// or a run-scoped rule's scope); for a rule that reads facts, the facts of the tables instead.
/// </summary>
internal sealed record RunData(IReadOnlyList<PerformanceDocument> Documents, IReadOnlyList<TableInRun> Tables, IReadOnlyList<TableFacts>? Facts = null);
