using GoalLint.Model;

namespace GoalLint.Normalise.Values;

/// <summary>
/// Reads dates used as deadlines: 2023年12月31日前, 2023年底, 12月底前, 2024年6月, 2019-05-20,
/// 每年12月31日前, 年底前. A value is a deadline only when the date holds every digit in it.
/// </summary>
internal static class DeadlineReader
{
    private static readonly Vocabulary<Comparison> Until = new(
        ("之前", Comparison.AtMost), ("以前", Comparison.AtMost), ("前", Comparison.AtMost),
        ("为止", Comparison.AtMost), ("止", Comparison.AtMost), ("以内", Comparison.AtMost), ("内", Comparison.AtMost),
        ("之后", Comparison.AtLeast), ("以后", Comparison.AtLeast));

    /// <summary>Written before the date: 不晚于2023年12月31日.</summary>
    private static readonly Vocabulary<Comparison> By = new(
        ("不晚于", Comparison.AtMost), ("不迟于", Comparison.AtMost), ("最迟", Comparison.AtMost),
        ("截至", Comparison.AtMost), ("截止", Comparison.AtMost), ("截止到", Comparison.AtMost), ("不早于", Comparison.AtLeast));

    /// <summary>The deadline, <see cref="ParsedValue.Unparsed"/> for an impossible date (2月30日), or null when the value is no date.</summary>
    public static ParsedValue? TryRead(string text, IReadOnlyList<NumberToken> numbers)
    {
        if (numbers.Count == 0)
        {
            return TryYearEnd(text);
        }

        var start = numbers[0].Start;
        var (shape, date, end) = DateScanner.Scan(text, start);
        if (shape == DateShape.None || text.AsSpan(end).IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        if (shape == DateShape.Impossible)
        {
            return ParsedValue.Unparsed;
        }

        var before = text[..start];
        var by = Comparison.None;
        if (By.TryMatchEnd(before, out var word, out var comparison))
        {
            by = comparison;
            before = before[..^word.Length];
        }

        var period = Periods.Take(ref before);

        return Build(date with { EveryYear = period == PeriodQualifier.EveryYear }, period, Words.Clean(before), text, end, by);
    }

    /// <summary>年底前, 每年年底前: the end of a year with no digits written.</summary>
    private static ParsedValue? TryYearEnd(string text)
    {
        var rest = text;
        var period = Periods.TakeLeading(ref rest);
        var consumed = text.Length - rest.Length;
        var afterYearWord = consumed > 0 && text[consumed - 1] == '年';
        var skip = rest.StartsWith("年底", StringComparison.Ordinal) || rest.StartsWith("年末", StringComparison.Ordinal) ? 2
            : afterYearWord && (rest.StartsWith('底') || rest.StartsWith('末')) ? 1
            : 0;
        if (skip == 0)
        {
            return null;
        }

        var date = new Deadline(null, 12, null, period == PeriodQualifier.EveryYear);
        return Build(date, period, null, text, consumed + skip, Comparison.None);
    }

    private static ParsedValue Build(Deadline date, PeriodQualifier period, string? before, string text, int end, Comparison by)
    {
        var comparison = by;
        if (Until.TryMatchAt(text, end, out var word, out var until))
        {
            // 不晚于2023年12月31日之后 contradicts itself: not read.
            if (by != Comparison.None && by != until)
            {
                return ParsedValue.Unparsed;
            }

            comparison = until;
            end += word.Length;
        }

        return new ParsedValue
        {
            Kind = ValueKind.Deadline,
            Comparison = comparison,
            Period = period,
            Deadline = date,
            Text = Words.Join(before, Words.Clean(text.AsSpan(end))),
        };
    }
}
