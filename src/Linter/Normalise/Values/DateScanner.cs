using GoalLint.Model;

namespace GoalLint.Normalise.Values;

/// <summary>Reads the date grammar from a digit: Y年[M月[D日|底]|底|度], M月[D日|底], Y-M-D, Y/M/D, Y.M.D, Y-M.</summary>
internal static class DateScanner
{
    public static (DateShape Shape, Deadline Date, int End) Scan(string text, int start)
    {
        var p = start;
        var first = ReadInt(text, ref p);
        var digits = p - start;
        if (digits == 4 && At(text, p, '年'))
        {
            return IsYear(first) ? AfterYear(text, p + 1, first) : default;
        }

        if (digits == 4 && p < text.Length && text[p] is '-' or '/' or '.')
        {
            return Numeric(text, p, first);
        }

        if (digits is 1 or 2 && (At(text, p, '日') || At(text, p, '号')) && (At(text, start - 1, '月') || At(text, p + 1, '前')))
        {
            // 每月5日前 or 5日前: a day of an unnamed month, which a Deadline cannot hold; not 5 days either.
            return (DateShape.Impossible, new Deadline(null, null, null, false), p + 1);
        }

        return digits is 1 or 2 && At(text, p, '月') ? AfterMonth(text, p + 1, null, first) : default;
    }

    private static (DateShape, Deadline, int) AfterYear(string text, int p, int year)
    {
        if (At(text, p, '度'))
        {
            return (DateShape.Date, new Deadline(year, null, null, false), p + 1);
        }

        if (At(text, p, '底') || At(text, p, '末'))
        {
            return (DateShape.Date, new Deadline(year, 12, null, false), p + 1);
        }

        var q = p;
        var month = ReadInt(text, ref q);
        return q - p is 1 or 2 && At(text, q, '月')
            ? AfterMonth(text, q + 1, year, month)
            : (DateShape.Date, new Deadline(year, null, null, false), p);
    }

    private static (DateShape, Deadline, int) AfterMonth(string text, int p, int? year, int month)
    {
        int? day = null;
        var q = p;
        var value = ReadInt(text, ref q);
        if (q - p is 1 or 2 && (At(text, q, '日') || At(text, q, '号')))
        {
            day = value;
            p = q + 1;
        }
        else if (At(text, p, '底') || At(text, p, '末'))
        {
            p++;
        }

        return Check(year, month, day, p);
    }

    /// <summary>2019-05-20, 2019/5/20, 2019.05.20, and 2023-12 (a year and month, not the range 2023 to 12).</summary>
    private static (DateShape, Deadline, int) Numeric(string text, int p, int year)
    {
        var separator = text[p];
        var q = p + 1;
        var month = ReadInt(text, ref q);
        if (q - p - 1 is not (1 or 2) || !IsYear(year))
        {
            return default;
        }

        if (!At(text, q, separator))
        {
            return separator == '.' ? default : Check(year, month, null, q);
        }

        var r = q + 1;
        var day = ReadInt(text, ref r);
        return r - q - 1 is 1 or 2 && !(r < text.Length && (char.IsAsciiDigit(text[r]) || text[r] == separator))
            ? Check(year, month, day, r)
            : default;
    }

    private static (DateShape, Deadline, int) Check(int? year, int month, int? day, int end)
    {
        var valid = month is >= 1 and <= 12 && (day is null || day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month));
        return valid
            ? (DateShape.Date, new Deadline(year, month, day, false), end)
            : (DateShape.Impossible, new Deadline(null, null, null, false), end);
    }

    /// <summary>Reads a short digit run; longer runs are skipped whole so the caller sees their length.</summary>
    private static int ReadInt(string text, ref int p)
    {
        var value = 0;
        var start = p;
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            if (p - start < 5)
            {
                value = (value * 10) + (text[p] - '0');
            }

            p++;
        }

        return value;
    }

    /// <summary>A four-digit number outside this span is a count (3000年), not a calendar year.</summary>
    private static bool IsYear(int value) => value is >= 1900 and <= 2199;

    private static bool At(string text, int p, char c) => p >= 0 && p < text.Length && text[p] == c;
}
