namespace GoalLint.Check.Engine;

/// <summary>
/// What one rule may put into a run for one file, however hostile the file: a table of 500,000
/// rows must not turn into half a million findings (and a report past the runtime's string
/// limit) or into evidence that repeats a whole row per finding.
/// </summary>
public static class FindingLimits
{
    /// <summary>Findings one rule lists for one file; the rest become one "N more of the same" finding.</summary>
    public const int PerRulePerFile = 1_000;

    /// <summary>Characters of evidence a finding quotes; longer evidence is cut with an ellipsis (and fingerprinted as cut).</summary>
    public const int EvidenceChars = 1_000;

    /// <summary>Characters of an exception's message a rule-failed finding quotes.</summary>
    public const int FailureMessageChars = 200;

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, an ellipsis marking a cut.</summary>
    public static string Excerpt(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
