namespace GoalLint.Ingest.Forms;

/// <summary>Cell text compared as a label.</summary>
internal static class LabelText
{
    /// <summary>Built once: a params array per call was 1 % of a run's allocations (every cell of a grid source is keyed).</summary>
    internal static readonly char[] Colons = ['：', ':'];

    /// <summary>
    /// Cleaned, every space removed (a wrap or a PDF gap: 年度绩效 指标, 其中：财政 资金), Markdown
    /// heading marks and a trailing colon dropped.
    /// </summary>
    public static string Key(string text) => CellText.Squeeze(CellText.Clean(text)).TrimStart('#').TrimEnd(Colons);

    /// <summary>
    /// <see cref="Key(string)"/> of a cell's text, written into <paramref name="key"/> without a string: its
    /// length, or -1 when it is longer than <paramref name="key"/>. Markup and entities (&lt;, &amp;) are
    /// left to <see cref="Key(string)"/>; otherwise squeezing then trimming marks and colons is skipping
    /// spaces and marks at the start, spaces and colons at the end, and spaces between.
    /// </summary>
    public static int Key(ReadOnlySpan<char> text, Span<char> key)
    {
        if (text.ContainsAny('<', '&'))
        {
            var cleaned = Key(text.ToString());
            return cleaned.TryCopyTo(key) ? cleaned.Length : -1;
        }

        var start = 0;
        while (start < text.Length && (text[start] == '#' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && (text[end - 1] is '：' or ':' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        var length = 0;
        foreach (var c in text[start..end])
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (length == key.Length)
            {
                return -1;
            }

            key[length++] = c;
        }

        return length;
    }
}
