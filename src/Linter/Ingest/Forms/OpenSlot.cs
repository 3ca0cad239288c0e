using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>A 一级/二级 slot while its table is read: the rows under it are counted as they arrive.</summary>
internal sealed class OpenSlot(TextField? level1, TextField? level2, SourceLocation at)
{
    public TextField? Level1 { get; } = level1;

    public TextField? Level2 { get; } = level2;

    public int Count { get; set; }

    /// <summary>The slot as the model keeps it; categories are the normaliser's to set.</summary>
    public IndicatorSlot ToSlot() => new(Level1, Level2, Level1Category.Unknown, Level2Category.Unknown, Count, at);
}
