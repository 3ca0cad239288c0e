namespace GoalLint.Check.Engine;

/// <summary>
/// How long one rule ran in a lint run, summed over all its calls (on all threads, so the total
/// can exceed the wall time), with the number of calls and of findings it reported.
/// </summary>
public sealed record RuleTiming(string RuleId, TimeSpan Elapsed, int Calls, int Findings);
