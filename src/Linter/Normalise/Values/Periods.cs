using GoalLint.Model;

namespace GoalLint.Normalise.Values;

/// <summary>The words that say which period a value is for: 每年, 当年, 年均, 周期内, 累计.</summary>
internal static class Periods
{
    private static readonly Vocabulary<PeriodQualifier> Words = new(
        ("每年度", PeriodQualifier.EveryYear), ("每年", PeriodQualifier.EveryYear),
        ("当年度", PeriodQualifier.CurrentYear), ("当年", PeriodQualifier.CurrentYear),
        ("全年", PeriodQualifier.CurrentYear), ("本年度", PeriodQualifier.CurrentYear),
        ("年均", PeriodQualifier.YearlyAverage), ("年平均", PeriodQualifier.YearlyAverage),
        ("平均每年", PeriodQualifier.YearlyAverage),
        ("周期内", PeriodQualifier.WithinCycle), ("实施周期内", PeriodQualifier.WithinCycle),
        ("项目周期内", PeriodQualifier.WithinCycle), ("合同期内", PeriodQualifier.WithinCycle),
        ("累计", PeriodQualifier.Cumulative));

    /// <summary>The period word right before the comparison or number, else one opening the value; the words without it.</summary>
    public static PeriodQualifier Take(ref string words) =>
        TakeTrailing(ref words) is var trailing and not PeriodQualifier.None ? trailing : TakeLeading(ref words);

    /// <summary>A period word opening the value (每年不低于1008幢): returns it and the words after it.</summary>
    public static PeriodQualifier TakeLeading(ref string words)
    {
        if (!Words.TryMatchAt(words, 0, out var word, out var period))
        {
            return PeriodQualifier.None;
        }

        words = words[word.Length..];
        return period;
    }

    /// <summary>A period word right before the comparison or number (服务条款完成率每年≥90%).</summary>
    private static PeriodQualifier TakeTrailing(ref string words)
    {
        if (!Words.TryMatchEnd(words, out var word, out var period))
        {
            return PeriodQualifier.None;
        }

        words = words[..^word.Length];
        return period;
    }
}
