using GoalLint.Check.Findings;

namespace GoalLint.Report;

/// <summary>
/// The findings a report lists: the run's (in file order, read back from disk as they are
/// enumerated) and the ones a baseline left out, by file, then line and column. One file's
/// findings are held at a time.
/// </summary>
public static class ListedFindings
{
    /// <param name="findings">The run's findings, in <c>FindingOrder</c> (file first).</param>
    /// <param name="baselined">The findings the baseline lists, in the same order.</param>
    public static IEnumerable<Finding> InFileOrder(IEnumerable<Finding> findings, IReadOnlyList<Finding> baselined)
    {
        var left = baselined.GroupBy(f => f.File, StringComparer.Ordinal).ToArray();
        var next = 0;
        foreach (var (file, found) in ByFile(findings))
        {
            for (; next < left.Length && string.CompareOrdinal(left[next].Key, file) < 0; next++)
            {
                foreach (var f in InLineOrder(left[next]))
                {
                    yield return f;
                }
            }

            var also = next < left.Length && left[next].Key == file ? left[next++] : Enumerable.Empty<Finding>();
            foreach (var f in InLineOrder(found.Concat(also)))
            {
                yield return f;
            }
        }

        foreach (var f in left.Skip(next).SelectMany(InLineOrder))
        {
            yield return f;
        }
    }

    /// <summary>A file's findings by line and column; a stable sort, so ties keep the order given (the run's before the baselined).</summary>
    private static IEnumerable<Finding> InLineOrder(IEnumerable<Finding> findings) => findings.OrderBy(f => f.At.Line).ThenBy(f => f.At.Column);

    /// <summary>Consecutive findings of one file, grouped.</summary>
    private static IEnumerable<(string File, List<Finding> Findings)> ByFile(IEnumerable<Finding> findings)
    {
        List<Finding>? group = null;
        foreach (var f in findings)
        {
            if (group is not null && group[0].File != f.File)
            {
                yield return (group[0].File, group);
                group = null;
            }

            (group ??= []).Add(f);
        }

        if (group is not null)
        {
            yield return (group[0].File, group);
        }
    }
}
