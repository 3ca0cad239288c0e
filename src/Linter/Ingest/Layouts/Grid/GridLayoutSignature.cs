using System.Runtime.CompilerServices;

namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>
/// How a grid layout knows its own tables, for <see cref="ILayoutReader.Match"/>: labels it cannot
/// do without (missing: 0), labels only a neighbouring layout prints (seen: a weak 0.05), and
/// labels that each add their weight to a base of 0.6.
/// </summary>
internal sealed class GridLayoutSignature(
    Func<GridLabelsSeen, bool> required,
    Func<GridLabelsSeen, bool> foreign,
    params (Func<GridLabelsSeen, bool> Seen, double Weight)[] signs)
{
    private const double Base = 0.6;

    private const double ForeignScore = 0.05;

    /// <summary>Every grid layout asks about the same source: its labels are gathered once.</summary>
    private static readonly ConditionalWeakTable<SourceText, GridLabelsSeen> LabelsBySource = [];

    public double Match(SourceText source)
    {
        var seen = LabelsBySource.GetValue(source, s => new GridLabelsSeen(s));
        if (!required(seen))
        {
            return 0;
        }

        return foreign(seen) ? ForeignScore : signs.Where(s => s.Seen(seen)).Aggregate(Base, (score, s) => score + s.Weight);
    }
}
