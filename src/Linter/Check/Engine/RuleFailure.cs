namespace GoalLint.Check.Engine;

/// <summary>A rule that threw or ran over its time limit; the run goes on without it and says so.</summary>
public sealed record RuleFailure(string RuleId, string DefinedIn, string Message);
