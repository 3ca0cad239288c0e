namespace GoalLint.Ingest.Cells;

/// <summary>
/// Splits text whose cells were glued together with no separator (产出指标数量指标培训人数≥200人次):
/// known labels are taken longest first from the front; the rest breaks before a comparator and
/// before a number that follows text (培训人数200人次 ⇒ 培训人数 | 200人次), so values stay whole.
/// </summary>
public static class GluedCells
{
    private const string Comparators = "≥≤><=≧≦＞＜＝";

    /// <summary>The pieces of <paramref name="text"/>; the text itself when it holds no known label or value start.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var s = CellText.FoldWidth(CellText.Squeeze(text));
        var pieces = new List<string>();
        var labels = Vocabulary.Current.Labels;
        var at = 0;
        while (at < s.Length && labels.FirstOrDefault(l => string.CompareOrdinal(s, at, l, 0, l.Length) == 0 && l.Length > 0) is { } label)
        {
            pieces.Add(label);
            at += label.Length;
        }

        var start = at;
        for (var i = at + 1; i < s.Length; i++)
        {
            if (StartsValue(s, i))
            {
                pieces.Add(s[start..i]);
                start = i;
            }
        }

        if (start < s.Length)
        {
            pieces.Add(s[start..]);
        }

        return pieces;
    }

    /// <summary>A comparator after text, or a digit after text that is neither a number nor a comparator.</summary>
    private static bool StartsValue(string s, int i)
    {
        var previous = s[i - 1];
        if (Comparators.Contains(s[i]))
        {
            return !Comparators.Contains(previous);
        }

        return char.IsAsciiDigit(s[i]) && !char.IsAsciiDigit(previous) && previous is not ('.' or '%' or '-' or '~' or '第' or '年' or '月' or '至') && !Comparators.Contains(previous);
    }
}
