using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// The order findings are reported in, whatever the scheduling: file, sheet, line, column, rule,
/// evidence, then message and what the finding cites. Sorting is not stable, so two findings that
/// compare equal would come out in the order the threads happened to give them (a 100k run gave
/// two year-on-year findings on one cell, citing different years, in either order; another two
/// with one message, citing two tables of last year at different lines).
/// </summary>
internal static class FindingOrder
{
    /// <summary>One comparison rather than a chain of LINQ sorts, which costs a single-file run its JIT time.</summary>
    public static int Compare(Finding? a, Finding? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var order = string.CompareOrdinal(a.File, b.File);
        order = order != 0 ? order : string.CompareOrdinal(a.At.Sheet, b.At.Sheet);
        order = order != 0 ? order : a.At.Line.CompareTo(b.At.Line);
        order = order != 0 ? order : a.At.Column.CompareTo(b.At.Column);
        order = order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
        order = order != 0 ? order : string.CompareOrdinal(a.Evidence, b.Evidence);
        order = order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
        order = order != 0 ? order : string.CompareOrdinal(a.Fingerprint, b.Fingerprint);
        return order != 0 ? order : CompareRelated(a.Related, b.Related);
    }

    private static int CompareRelated(IReadOnlyList<RelatedLocation> a, IReadOnlyList<RelatedLocation> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var order = string.CompareOrdinal(a[i].File, b[i].File);
            order = order != 0 ? order : string.CompareOrdinal(a[i].At.Sheet, b[i].At.Sheet);
            order = order != 0 ? order : a[i].At.Line.CompareTo(b[i].At.Line);
            order = order != 0 ? order : a[i].At.Column.CompareTo(b[i].At.Column);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}
