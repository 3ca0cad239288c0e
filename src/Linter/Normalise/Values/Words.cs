namespace GoalLint.Normalise.Values;

/// <summary>The words left beside a number once comparison, period and unit are taken out.</summary>
internal static class Words
{
    private const string Edge = " ,，.。;；:：、()（）[]【】「」\"'“”‘’!！?？";

    /// <summary>Trims punctuation off both ends; null when nothing is left.</summary>
    public static string? Clean(ReadOnlySpan<char> words)
    {
        var trimmed = words.Trim(Edge);
        return trimmed.IsEmpty ? null : trimmed.ToString();
    }

    /// <summary>Words before and after the number, in reading order, as one text.</summary>
    public static string? Join(string? before, string? after) =>
        before is null ? after : after is null ? before : before + " " + after;

    /// <summary>
    /// True when a comparison is followed by a number written in Chinese (不少于两次, ≥半个版面):
    /// the value holds a number GoalLint does not read, so it must not pass as qualitative.
    /// </summary>
    public static bool HasWrittenOutNumber(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if ("一二两三四五六七八九十百千万半".Contains(text[i]) && Comparisons.EndsWithWord(text.AsSpan(0, i)))
            {
                return true;
            }
        }

        return false;
    }
}
