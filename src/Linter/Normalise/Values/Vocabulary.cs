namespace GoalLint.Normalise.Values;

/// <summary>
/// A word list matched longest-first, so 不低于 wins over 低于 and 平方公里 over 公里.
/// Lookups compare at one position only: cost is bounded by the vocabulary, not the input.
/// </summary>
internal sealed class Vocabulary<T>
{
    private readonly (string Word, T Value)[] entries;

    public Vocabulary(params (string Word, T Value)[] entries) => this.entries = LongestFirst(entries);

    /// <summary>The longest word that starts at <paramref name="pos"/>.</summary>
    public bool TryMatchAt(string text, int pos, out string word, out T value)
    {
        var rest = text.AsSpan(pos);
        foreach (var (w, v) in entries)
        {
            if (rest.StartsWith(w, StringComparison.Ordinal))
            {
                (word, value) = (w, v);
                return true;
            }
        }

        (word, value) = (string.Empty, default!);
        return false;
    }

    /// <summary>The longest word that <paramref name="text"/> ends with.</summary>
    public bool TryMatchEnd(ReadOnlySpan<char> text, out string word, out T value)
    {
        foreach (var (w, v) in entries)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
            {
                (word, value) = (w, v);
                return true;
            }
        }

        (word, value) = (string.Empty, default!);
        return false;
    }

    /// <summary>
    /// Longest first, equal lengths in the order given. Sorted by hand: LINQ's sort over these tuples is generic code
    /// over value types that no ReadyToRun image holds, compiled by the JIT at every start for each word list.
    /// </summary>
    private static (string Word, T Value)[] LongestFirst((string Word, T Value)[] entries)
    {
        var sorted = ((string Word, T Value)[])entries.Clone();
        for (var i = 1; i < sorted.Length; i++)
        {
            var entry = sorted[i];
            var j = i - 1;
            for (; j >= 0 && sorted[j].Word.Length < entry.Word.Length; j--)
            {
                sorted[j + 1] = sorted[j];
            }

            sorted[j + 1] = entry;
        }

        return sorted;
    }
}
