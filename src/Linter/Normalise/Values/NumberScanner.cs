using System.Globalization;

namespace GoalLint.Normalise.Values;

/// <summary>Finds the Arabic numbers in a normalised value in one pass.</summary>
internal static class NumberScanner
{
    /// <summary>More integer digits than this is not a budget figure; refusing it also keeps 万/亿 from overflowing decimal.</summary>
    public const int MaxIntegerDigits = 16;

    private const int MaxFractionDigits = 10;

    /// <summary>
    /// Collects up to <paramref name="limit"/> numbers; no reader needs more, so the scan stops there.
    /// False when a number is too long to hold exactly or the text has digits other than 0-9.
    /// </summary>
    public static bool TryScan(string text, List<NumberToken> into, int limit)
    {
        for (var i = 0; i < text.Length && into.Count < limit; i++)
        {
            var c = text[i];
            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }

            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            // .5 or 1.2.3: a number whose point is not between digits is not read (never 5 for .5).
            if ((i > 0 && text[i - 1] == '.') || !TryRead(text, i, out var token))
            {
                return false;
            }

            into.Add(token);
            i = token.End - 1;
        }

        return true;
    }

    private static bool TryRead(string text, int start, out NumberToken token)
    {
        token = default;
        var end = SkipDigits(text, start);
        var firstGroup = end - start;
        Span<char> digits = stackalloc char[MaxIntegerDigits + MaxFractionDigits + 1];
        var n = 0;
        if (!Append(text, start, end, digits, ref n, MaxIntegerDigits))
        {
            return false;
        }

        // Thousands separators only in their exact shape: 1,234,567 (groups of three after a short first group).
        while (firstGroup <= 3 && end < text.Length && text[end] == ',' && IsGroup(text, end + 1))
        {
            if (!Append(text, end + 1, end + 4, digits, ref n, MaxIntegerDigits))
            {
                return false;
            }

            end += 4;
        }

        var integerDigits = n;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            var fractionEnd = SkipDigits(text, end + 1);
            if (fractionEnd - end - 1 > MaxFractionDigits)
            {
                return false;
            }

            digits[n++] = '.';
            text.AsSpan(end + 1, fractionEnd - end - 1).CopyTo(digits[n..]);
            n += fractionEnd - end - 1;
            end = fractionEnd;
        }

        if (!decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        token = new NumberToken(start, end, value, integerDigits);
        return true;
    }

    private static bool IsGroup(string text, int at) =>
        at + 3 <= text.Length
        && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static bool Append(string text, int from, int to, Span<char> digits, ref int n, int max)
    {
        if (n + to - from > max)
        {
            return false;
        }

        text.AsSpan(from, to - from).CopyTo(digits[n..]);
        n += to - from;
        return true;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
