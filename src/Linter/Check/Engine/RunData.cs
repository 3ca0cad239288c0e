using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>What every call of a run sees besides its own table: the documents, and the tables (all of them, or a run-scoped rule's scope).</summary>
internal sealed record RunData(IReadOnlyList<PerformanceDocument> Documents, IReadOnlyList<TableInRun> Tables);
