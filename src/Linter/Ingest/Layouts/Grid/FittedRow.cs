using GoalLint.Shared.Messages;
namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>An indicator row read against its columns: the cells that landed in each slot, and how they got there.</summary>
internal sealed record FittedRow(Cell? Level1, Cell? Level2, Cell? Name, IReadOnlyDictionary<string, Cell> Values, Message? Realignment)
{
    /// <summary>The cell of a value column, or null when it is missing or blank.</summary>
    public Cell? Value(string name) => Values.TryGetValue(name, out var cell) ? cell : null;

    public bool HasIndicator => Name is not null || Values.Count > 0;
}
