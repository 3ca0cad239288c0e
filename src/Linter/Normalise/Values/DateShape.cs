namespace GoalLint.Normalise.Values;

/// <summary>What <see cref="DateScanner"/> found where a number starts.</summary>
internal enum DateShape
{
    /// <summary>Not a date: the number is a quantity.</summary>
    None,
    /// <summary>A date.</summary>
    Date,
    /// <summary>Shaped like a date but impossible (13月, 2月30日): never read as anything else.</summary>
    Impossible,
}
