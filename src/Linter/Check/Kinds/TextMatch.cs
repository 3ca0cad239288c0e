namespace GoalLint.Check.Kinds;

/// <summary>How the words of a text check meet the field.</summary>
public enum TextMatch
{
    /// <summary>The field contains a word or matches a pattern anywhere.</summary>
    Contains,
    /// <summary>The whole field, spaces and closing punctuation aside, is one of the words.</summary>
    Equals,
    /// <summary>The field is filled but is none of the words: a value that must come from a fixed list.</summary>
    NotIn,
}
