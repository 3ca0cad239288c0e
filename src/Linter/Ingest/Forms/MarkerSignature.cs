namespace GoalLint.Ingest.Forms;

/// <summary>
/// How a form told apart by words anywhere in its text knows its files, for <see cref="ILayoutReader.Match"/>,
/// from its spec in forms.yaml: once enough of its words are seen, a base plus the weight of each, at most 1.
/// </summary>
internal sealed class MarkerSignature(MarkerSpec spec)
{
    public static MarkerSignature Of(string form) =>
        new(FormSpecs.Get(form).Markers ?? throw new InvalidOperationException($"Form '{form}' has no markers in forms.yaml."));

    public double Match(SourceText source)
    {
        var seen = spec.Words.Where(w => source.Text.Contains(w.Text, StringComparison.Ordinal)).ToArray();
        return seen.Length < spec.AtLeast ? 0 : Math.Min(1, spec.Base + seen.Sum(w => w.Weight));
    }
}
