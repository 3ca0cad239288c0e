namespace GoalLint.Analysis;

/// <summary>
/// Arithmetic on numbers read from a submission, which may hold anything. Normalisation keeps
/// them in a sane range, but a check must not depend on that: each of these answers null where
/// a cast or an operation would overflow, and the check stays silent on that value instead of
/// failing for the whole table.
/// </summary>
public static class SafeNumber
{
    /// <summary>The whole part of <paramref name="value"/> as an int (a year), or null when it does not fit.</summary>
    public static int? ToInt(decimal value) =>
        value is >= int.MinValue and <= int.MaxValue ? (int)decimal.Truncate(value) : null;

    /// <summary><paramref name="dividend"/> ÷ <paramref name="divisor"/>, or null for a zero divisor or a quotient past decimal.</summary>
    public static decimal? Divide(decimal dividend, decimal divisor)
    {
        if (divisor == 0)
        {
            return null;
        }

        try
        {
            return dividend / divisor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary><paramref name="a"/> × <paramref name="b"/>, or null when the product is past decimal.</summary>
    public static decimal? Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
