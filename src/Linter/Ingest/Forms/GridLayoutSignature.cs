using System.Runtime.CompilerServices;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// How a grid form knows its own tables, for <see cref="ILayoutReader.Match"/>, from its spec in
/// forms.yaml: labels it cannot do without (missing: 0), labels only a neighbouring form prints
/// (seen: a weak 0.05), and labels that each add their weight to a base of 0.6.
/// </summary>
internal sealed class GridLayoutSignature(GridSignatureSpec spec)
{
    private const double Base = 0.6;

    private const double ForeignScore = 0.05;

    /// <summary>Every grid layout asks about the same source: its labels are gathered once.</summary>
    private static readonly ConditionalWeakTable<SourceText, GridLabelsSeen> LabelsBySource = [];

    public static GridLayoutSignature Of(string form) =>
        new(FormSpecs.Get(form).Grid ?? throw new InvalidOperationException($"Form '{form}' has no grid signature in forms.yaml."));

    public double Match(SourceText source)
    {
        var seen = LabelsBySource.GetValue(source, s => new GridLabelsSeen(s));
        if (!spec.Requires.All(seen.HasAny))
        {
            return 0;
        }

        return Seen(seen, spec.Foreign) ? ForeignScore : spec.Signs.Where(s => Seen(seen, s)).Aggregate(Base, (score, s) => score + s.Weight);
    }

    private static bool Seen(GridLabelsSeen seen, LabelsSeenSpec labels) =>
        seen.HasAny(labels.Cells) || labels.Titles.Any(seen.HasTitle);
}
