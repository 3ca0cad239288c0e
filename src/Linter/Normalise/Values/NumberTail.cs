namespace GoalLint.Normalise.Values;

/// <summary>
/// What follows a number: a 万/亿 multiplier (as a power of ten), the unit, and a rate's
/// denominator (元/卷, 条/天). Money units are matched first so 万元 keeps its 万.
/// </summary>
internal readonly record struct NumberTail(int Exponent, string? Unit, int End)
{
    /// <summary>Rates chain at most twice (元/人/次); a longer chain is left as words.</summary>
    private const int MaxDenominators = 2;

    public static NumberTail Read(string text, int pos)
    {
        var exponent = 0;
        if (!Units.TryMatch(text, pos, out var unit, out var length))
        {
            exponent = MultiplierAt(text, pos, out var multiplierLength);
            pos += multiplierLength;
            if (!Units.TryMatch(text, pos, out unit, out length))
            {
                return Rate(text, pos, exponent, null);
            }
        }

        return Rate(text, pos + length, exponent, unit);
    }

    /// <summary>True when a Chinese numeral follows: 3千万元 or 1百 cannot be read safely from the digits alone.</summary>
    public bool RunsIntoNumeral(string text) => End < text.Length && text[End] is '十' or '百' or '千' or '万' or '亿' or '两';

    private static NumberTail Rate(string text, int pos, int exponent, string? unit)
    {
        for (var i = 0; i < MaxDenominators && pos + 1 < text.Length && text[pos] == '/'; i++)
        {
            // Any single Chinese noun can be a denominator (元/卷); that is what the value says, not a guess.
            var c = text[pos + 1];
            if (!Units.TryMatch(text, pos + 1, out var per, out var length))
            {
                (per, length) = c is >= '\u4E00' and <= '\u9FFF' && c is not ('十' or '百' or '千' or '万' or '亿') ? (c.ToString(), 1) : (string.Empty, 0);
            }

            if (length == 0)
            {
                break;
            }

            unit += "/" + per;
            pos += 1 + length;
        }

        return new NumberTail(exponent, unit, pos);
    }

    private static int MultiplierAt(string text, int pos, out int length)
    {
        var rest = text.AsSpan(pos);
        (var exponent, length) = rest.StartsWith("万亿", StringComparison.Ordinal) ? (12, 2)
            : rest.StartsWith("亿", StringComparison.Ordinal) ? (8, 1)
            : rest.StartsWith("万", StringComparison.Ordinal) ? (4, 1)
            : (0, 0);
        return exponent;
    }
}
