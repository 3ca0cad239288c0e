namespace GoalLint.Check.Fixtures;

/// <summary>The outcome of one rule's fixtures: passed when <see cref="Problems"/> is empty.</summary>
public sealed record FixtureResult(string RuleId, IReadOnlyList<string> Fixtures, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
