using System.Collections;

namespace GoalLint.Check.Findings;

/// <summary>
/// Findings computed again each time they are enumerated, from a run's findings that are read back
/// from disk (a baseline's or a waiver's view of them, the ones a quiet run shows), so a view never
/// holds the run in memory. Its count takes one pass, once, unless given.
/// </summary>
public sealed class FindingStream(Func<IEnumerable<Finding>> findings, int? count = null) : IReadOnlyCollection<Finding>
{
    private int? _count = count;

    public int Count => _count ??= findings().Count();

    public IEnumerator<Finding> GetEnumerator() => findings().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
