using GoalLint.Model;

namespace GoalLint.Shared;

/// <summary>What shows a <see cref="Model.Measure"/>: name words (anywhere, or at the end), words that clear them, target units and kinds.</summary>
public sealed class MeasureWords(Measure measure)
{
    public Measure Measure { get; } = measure;

    public List<string> Contains { get; } = [];

    public List<string> Ends { get; } = [];

    public List<string> Not { get; } = [];

    public HashSet<string> Units { get; } = new(StringComparer.Ordinal);

    public HashSet<ValueKind> Kinds { get; } = [];
}
