namespace GoalLint.Check.Kinds;

/// <summary>How the words of a text check meet the field.</summary>
public enum TextMatch
{
    /// <summary>The field contains a word or matches a pattern anywhere.</summary>
    Contains,
    /// <summary>The whole field, spaces and closing punctuation aside, is one of the words.</summary>
    Equals,
}
