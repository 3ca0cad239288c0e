namespace GoalLint.Ingest.Cells;

/// <summary>
/// Splits text whose cells were glued together with no separator (产出指标数量指标培训人数≥200人次):
/// known labels are taken longest first from the front; the rest breaks before a comparator and
/// before a number that follows text (培训人数200人次 ⇒ 培训人数 | 200人次), so values stay whole.
/// A value that compares (较2024年提高≥3个百分点) starts at its comparison word: the year after it and
/// its first comparator are part of the value, not a deadline and a second cell.
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
        while (at < s.Length && LabelAt(s, at, labels) is { } label)
        {
            pieces.Add(label);
            at += label.Length;
        }

        var openers = Vocabulary.Current.ValueOpeners;
        var start = at;
        var compares = OpenerAt(s, at, openers) is not null;
        for (var i = at + 1; i < s.Length; i++)
        {
            if (compares)
            {
                compares = !Comparators.Contains(s[i]);
                continue;
            }

            var opener = OpenerAt(s, i, openers);
            if (StartsValue(s, i) || (opener is not null && i + opener.Length < s.Length && char.IsAsciiDigit(s[i + opener.Length])))
            {
                pieces.Add(s[start..i]);
                start = i;
                compares = opener is not null;
            }
        }

        if (start < s.Length)
        {
            pieces.Add(s[start..]);
        }

        return pieces;
    }

    /// <summary>The comparison word (较, 同比) <paramref name="s"/> holds at <paramref name="i"/>, or null.</summary>
    /// <remarks>Runs at every character of every glued line: a plain loop, no closure per call.</remarks>
    private static string? OpenerAt(string s, int i, IReadOnlyList<string> openers)
    {
        for (var k = 0; k < openers.Count; k++)
        {
            if (string.CompareOrdinal(s, i, openers[k], 0, openers[k].Length) == 0)
            {
                return openers[k];
            }
        }

        return null;
    }

    /// <summary>The first (longest) known label <paramref name="s"/> holds at <paramref name="at"/>, or null.</summary>
    private static string? LabelAt(string s, int at, IReadOnlyList<string> labels)
    {
        for (var k = 0; k < labels.Count; k++)
        {
            if (labels[k].Length > 0 && string.CompareOrdinal(s, at, labels[k], 0, labels[k].Length) == 0)
            {
                return labels[k];
            }
        }

        return null;
    }

    /// <summary>A comparator after text, or a digit after text that is neither a number nor a comparator.</summary>
    private static bool StartsValue(string s, int i)
    {
        var previous = s[i - 1];
        if (Comparators.Contains(s[i]))
        {
            return !Comparators.Contains(previous);
        }

        return char.IsAsciiDigit(s[i]) && !char.IsAsciiDigit(previous) && previous is not ('.' or '%' or '-' or '~' or '第' or '年' or '月' or '至') && !Comparators.Contains(previous)
            && !ThousandsGroup(s, i);
    }

    /// <summary>Whether the digits at <paramref name="i"/> are a number's thousands group (≥3,000亩: the 000 after a digit and a comma).</summary>
    private static bool ThousandsGroup(string s, int i) =>
        s[i - 1] == ',' && i >= 2 && char.IsAsciiDigit(s[i - 2])
        && i + 3 <= s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && (i + 3 == s.Length || !char.IsAsciiDigit(s[i + 3]));
}
