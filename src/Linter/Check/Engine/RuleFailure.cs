namespace GoalLint.Check.Engine;

/// <summary>A rule that threw, ran over its time limit or spent its budget on some tables or files; each of them carries a rule-failed finding and the rule ran on the others.</summary>
/// <param name="RuleId">The id of the rule that failed.</param>
/// <param name="DefinedIn">The file that defines the rule.</param>
/// <param name="Message">What went wrong first (in file and table order), and on how many tables or files.</param>
public sealed record RuleFailure(string RuleId, string DefinedIn, string Message);
