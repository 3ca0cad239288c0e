namespace GoalLint.Check.Engine;

/// <summary>A rule that threw or ran over its time limit; the run goes on without it and says so.</summary>
/// <param name="RuleId">The id of the rule that failed.</param>
/// <param name="DefinedIn">The file that defines the rule.</param>
/// <param name="Message">What went wrong (the error, or the time limit hit); the rule was switched off for the rest of the run.</param>
public sealed record RuleFailure(string RuleId, string DefinedIn, string Message);
