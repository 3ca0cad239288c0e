namespace GoalLint.Shared;

/// <summary>
/// "Did you mean" for a misspelt name (rule id, config key, profile, option, format): the known
/// names closest to what was typed, by edit distance, as git and Ruff suggest them.
/// </summary>
public static class DidYouMean
{
    /// <summary>The closest known names (at most three, nearest first), or none when nothing is close.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> known)
    {
        var wanted = typed.Trim().TrimStart('-').ToLowerInvariant();
        return known.Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(wanted, name.TrimStart('-').ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(wanted.Length, c.Name.TrimStart('-').Length) / 3) || IsPrefix(wanted, c.Name))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3).Select(c => c.Name).ToArray();
    }

    /// <summary>" (did you mean 'x'?)" (or "'x' or 'y'"), or "" when nothing is close: to append to an error message.</summary>
    public static string Hint(string typed, IEnumerable<string> known) => Closest(typed, known) switch
    {
        [] => "",
        [var one] => $" (did you mean '{one}'?)",
        var many => $" (did you mean {string.Join(" or ", many.Select(m => $"'{m}'"))}?)",
    };

    private static bool IsPrefix(string typed, string name) =>
        typed.Length >= 3 && name.TrimStart('-').StartsWith(typed, StringComparison.OrdinalIgnoreCase);

    /// <summary>Optimal string alignment distance: an adjacent swap (exlcude) counts as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
