namespace GoalLint.Ingest.Forms;

/// <summary>What an indicator value looks like, to tell it from a 三级指标 name when cells lost their columns.</summary>
internal static class ValueShape
{
    private static readonly string[] ComparatorWords = ["不少于", "不低于", "不高于", "不超过", "不大于", "不小于", "大于", "小于", "高于", "低于", "达到", "≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝"];

    /// <summary>A comparator, a number, a percentage or a not-applicable dash at the start.</summary>
    public static bool LooksLikeValue(string text)
    {
        var t = CellText.FoldWidth(text.Trim());
        return t.Length > 0
            && (char.IsAsciiDigit(t[0]) && !StartsWithYearName(t)
                || ComparatorWords.Any(w => t.StartsWith(w, StringComparison.Ordinal))
                || t is "—" or "——" or "-" or "/" or "无");
    }

    /// <summary>A name that opens with a year or a count (2024年培训人数, 12345热线满意度) rather than a value.</summary>
    private static bool StartsWithYearName(string t)
    {
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        return digits == t.Length ? false : digits >= 4 && t[digits] == '年' && t.Length > digits + 4;
    }
}
