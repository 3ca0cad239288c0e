using GoalLint.Shared.Messages;

namespace GoalLint.Ingest.Forms;

/// <summary>An indicator row read against its columns: the cells that landed in each slot, and how they got there.</summary>
internal sealed record FittedRow(Cell? Level1, Cell? Level2, Cell? Name, IReadOnlyDictionary<ColumnRole, Cell> Values, Message? Realignment)
{
    /// <summary>The cell of a value column, or null when it is missing or blank.</summary>
    public Cell? Value(ColumnRole role) => Values.TryGetValue(role, out var cell) ? cell : null;

    public bool HasIndicator => Name is not null || Values.Count > 0;
}
