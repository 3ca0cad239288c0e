using GoalLint.Model;

namespace GoalLint.Normalise.Values;

/// <summary>The words and symbols that state a comparison, before the number (不低于95%) or after it (95%以上).</summary>
internal static class Comparisons
{
    /// <summary>Written right before the number; matched at the end of the words before it.</summary>
    private static readonly Vocabulary<Comparison> Before = new(
        ("≥", Comparison.AtLeast), (">=", Comparison.AtLeast), ("=>", Comparison.AtLeast),
        ("不少于", Comparison.AtLeast), ("不低于", Comparison.AtLeast), ("不小于", Comparison.AtLeast),
        ("不得少于", Comparison.AtLeast), ("不得低于", Comparison.AtLeast), ("至少", Comparison.AtLeast),
        ("最少", Comparison.AtLeast), ("最低", Comparison.AtLeast), ("达到", Comparison.AtLeast),
        ("大于等于", Comparison.AtLeast), ("大于或等于", Comparison.AtLeast), ("高于或等于", Comparison.AtLeast),
        ("≤", Comparison.AtMost), ("<=", Comparison.AtMost), ("=<", Comparison.AtMost),
        ("不超过", Comparison.AtMost), ("不高于", Comparison.AtMost), ("不大于", Comparison.AtMost),
        ("不多于", Comparison.AtMost), ("不超出", Comparison.AtMost), ("不得超过", Comparison.AtMost),
        ("不得高于", Comparison.AtMost), ("至多", Comparison.AtMost), ("最多", Comparison.AtMost),
        ("最高", Comparison.AtMost), ("小于等于", Comparison.AtMost), ("小于或等于", Comparison.AtMost),
        ("低于或等于", Comparison.AtMost),
        (">", Comparison.GreaterThan), ("大于", Comparison.GreaterThan), ("高于", Comparison.GreaterThan),
        ("超过", Comparison.GreaterThan), ("多于", Comparison.GreaterThan), ("超出", Comparison.GreaterThan),
        ("<", Comparison.LessThan), ("小于", Comparison.LessThan), ("低于", Comparison.LessThan),
        ("少于", Comparison.LessThan), ("不足", Comparison.LessThan),
        ("=", Comparison.Equal), ("等于", Comparison.Equal));

    /// <summary>Written after the number and its unit.</summary>
    private static readonly Vocabulary<Comparison> After = new(
        ("及以上", Comparison.AtLeast), ("以上", Comparison.AtLeast),
        ("及以下", Comparison.AtMost), ("以下", Comparison.AtMost), ("以内", Comparison.AtMost), ("之内", Comparison.AtMost));

    /// <summary>Symbols that only make sense beside a number: a value with one of them and no digits lost its number.</summary>
    public static bool HasSymbol(string text) => text.AsSpan().IndexOfAny("≥≤<>%‰") >= 0;

    /// <summary>
    /// True when a comparison word stands anywhere in the words: 不低于合同约定的90% compares with
    /// something other than the number, so the number alone must not be read as the target.
    /// </summary>
    public static bool AppearsIn(string? words)
    {
        for (var i = 0; words is not null && i < words.Length; i++)
        {
            if (Before.TryMatchAt(words, i, out _, out _) || After.TryMatchAt(words, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 达到100%: "reach" a rate's ceiling is the target itself (100%), not a lower bound that could be
    /// exceeded; 达到95% stays ≥95%.
    /// </summary>
    public static bool ReachesCeiling(string word, decimal number, string? unit) =>
        word == "达到" && unit == "%" && number == 100;

    public static bool TryMatchBefore(string words, out string word, out Comparison comparison) =>
        Before.TryMatchEnd(words, out word, out comparison);

    /// <summary>True when the text ends with a comparison word (used to spot 不少于两次).</summary>
    public static bool EndsWithWord(ReadOnlySpan<char> text) => Before.TryMatchEnd(text, out _, out _);

    /// <summary>以上/以内 …; a bare 内 counts only after a time unit (24小时内), where it cannot start another word.</summary>
    public static bool TryMatchAfter(string text, int pos, bool afterTimeUnit, out int length, out Comparison comparison)
    {
        if (After.TryMatchAt(text, pos, out var word, out comparison))
        {
            length = word.Length;
            return true;
        }

        var bareWithin = afterTimeUnit && pos < text.Length && text[pos] == '内';
        length = bareWithin ? 1 : 0;
        comparison = bareWithin ? Comparison.AtMost : Comparison.None;
        return bareWithin;
    }
}
