using GoalLint.Model;

namespace GoalLint.Analysis;

/// <summary>A table together with the document it came from, as cross-table checks see the run.</summary>
public sealed record TableInRun(PerformanceDocument Document, PerformanceTable Table);
