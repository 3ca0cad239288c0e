namespace GoalLint.Shared;

/// <summary>
/// Whether a text starts with, holds or ends with any word of a list: loops over spans, no closure
/// or copy, because readers and the normaliser ask this for every line and every indicator.
/// </summary>
public static class WordList
{
    public static bool AnyStarts(ReadOnlySpan<char> text, List<string> words)
    {
        foreach (var w in words)
        {
            if (text.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyIn(ReadOnlySpan<char> text, List<string> words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyEnds(ReadOnlySpan<char> text, List<string> words)
    {
        foreach (var w in words)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
