using GoalLint.Model;

namespace GoalLint.Normalise.Values;

/// <summary>
/// Reads a quantity (不低于95%, ≤13.8元/卷, 每年≥30万千瓦时, 100%巩固提升) or a range (90%-95%, 3~5个)
/// from a value holding one or two numbers. Whatever does not fit that shape is Unparsed.
/// </summary>
internal static class QuantityReader
{
    private static readonly Vocabulary<bool> RangeSeparators = new(
        ("-", true), ("~", true), ("—", true), ("——", true), ("至", true), ("到", true));

    private static readonly decimal[] PowersOfTen = [1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m,
        100_000_000m, 1_000_000_000m, 10_000_000_000m, 100_000_000_000m, 1_000_000_000_000m];

    public static ParsedValue Read(string text, IReadOnlyList<NumberToken> numbers)
    {
        if (numbers.Count > 2)
        {
            return ParsedValue.Unparsed;
        }

        var first = numbers[0];
        var tail = NumberTail.Read(text, first.End);
        var lowerExponent = tail.Exponent;
        decimal? upper = null;
        if (numbers.Count == 2)
        {
            var second = numbers[1];
            if (!RangeSeparators.TryMatchAt(text, tail.End, out var separator, out _) || tail.End + separator.Length != second.Start)
            {
                return ParsedValue.Unparsed;
            }

            var upperTail = NumberTail.Read(text, second.End);

            // 3~5万人 and 90-95%: a bare lower end shares the upper end's multiplier and unit.
            if (tail.Unit is null && tail.Exponent == 0)
            {
                lowerExponent = upperTail.Exponent;
            }

            if (lowerExponent != upperTail.Exponent || (tail.Unit ?? upperTail.Unit) != upperTail.Unit)
            {
                return ParsedValue.Unparsed;
            }

            upper = Scale(second.Value, upperTail.Exponent);
            tail = upperTail;
        }

        return tail.RunsIntoNumeral(text)
            ? ParsedValue.Unparsed
            : Assemble(text, first, Scale(first.Value, lowerExponent), upper, tail);
    }

    private static ParsedValue Assemble(string text, NumberToken first, decimal number, decimal? upper, NumberTail tail)
    {
        var unit = tail.Unit;
        var end = tail.End;
        var after = Comparison.None;
        if (Comparisons.TryMatchAfter(text, end, Units.IsTime(unit), out var length, out var suffix))
        {
            after = suffix;
            end += length;
        }

        var before = text[..first.Start];
        if (unit is null && before.EndsWith("百分之", StringComparison.Ordinal))
        {
            unit = "%";
            before = before[..^3];
        }

        if (before.EndsWith('-') || before.EndsWith('+'))
        {
            // A sign counts only at the start or after a comparison (-5%, ≥-5%); a dash after words is no sign.
            if (before.Length > 1 && !"≥≤<>=".Contains(before[^2]))
            {
                return ParsedValue.Unparsed;
            }

            number = before[^1] == '-' ? -number : number;
            before = before[..^1];
        }

        var comparison = Comparison.None;
        if (Comparisons.TryMatchBefore(before, out var word, out var prefix))
        {
            comparison = Comparisons.ReachesCeiling(word, number, unit) ? Comparison.None : prefix;
            before = before[..^word.Length];
        }

        var period = Periods.Take(ref before);

        var beforeWords = Words.Clean(before);
        var afterWords = Words.Clean(text.AsSpan(end));
        var conflicting = comparison != Comparison.None && after != Comparison.None && comparison != after;
        var rangeWithBound = upper is not null && (comparison != Comparison.None || after != Comparison.None);
        if (conflicting || rangeWithBound || Comparisons.AppearsIn(beforeWords) || Comparisons.AppearsIn(afterWords)
            || Comparisons.HasSymbol(beforeWords ?? "") || Comparisons.HasSymbol(afterWords ?? "") || TouchesDash(before, text.AsSpan(end)))
        {
            return ParsedValue.Unparsed;
        }

        return new ParsedValue
        {
            Kind = upper is null ? ValueKind.Quantity : ValueKind.Range,
            Comparison = comparison == Comparison.None ? after : comparison,
            Number = number,
            UpperNumber = upper,
            Unit = unit,
            Period = period,
            Text = Words.Join(beforeWords, afterWords),
        };
    }

    /// <summary>—5% or 95%- : a dash against the number is a lost sign or a cut range, so the value is not read.</summary>
    private static bool TouchesDash(string before, ReadOnlySpan<char> after) =>
        (before.Length > 0 && before[^1] is '-' or '—' or '~') || (after.Length > 0 && after[0] is '-' or '—' or '~');

    /// <summary>Applies 万/亿 and drops trailing zeros (100.00 ⇒ 100). At most 16 integer digits × 10¹² stays inside decimal.</summary>
    private static decimal Scale(decimal value, int exponent) =>
        value * PowersOfTen[exponent] / 1.000000000000000000000000000000000m;
}
