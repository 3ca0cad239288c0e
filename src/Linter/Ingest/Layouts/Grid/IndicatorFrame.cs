using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>
/// The 一级/二级 frame of one table as its rows declare it. A blank 一级 or 二级 cell means "same
/// as above" (the export of a merged cell), so labels carry down; a new 一级 starts a new block,
/// so its 二级 does not carry across it. Every declared slot is kept, empty ones included.
/// </summary>
internal sealed class IndicatorFrame
{
    private readonly List<SlotBuilder> _slots = [];
    private TextField? _level1;
    private TextField? _level2;

    /// <summary>Places a row in the frame and returns the labels it sits under (as written above it when blank).</summary>
    public (TextField? Level1, TextField? Level2) Place(Cell? level1, Cell? level2, bool hasIndicator, SourceLocation rowAt)
    {
        if (level1 is not null)
        {
            _level1 = GridText.Field(level1);
            _level2 = level2 is null ? null : GridText.Field(level2);
            Open((level2 ?? level1).At);
        }
        else if (level2 is not null)
        {
            _level2 = GridText.Field(level2);
            Open(level2.At);
        }
        else if (_slots.Count == 0)
        {
            Open(rowAt);
        }

        if (hasIndicator)
        {
            _slots[^1].Count++;
        }

        return (_level1, _level2);
    }

    public IEnumerable<IndicatorSlot> Slots => _slots.Select(s =>
        new IndicatorSlot(s.Level1, s.Level2, Level1Category.Unknown, Level2Category.Unknown, s.Count, s.At));

    private void Open(SourceLocation at) => _slots.Add(new SlotBuilder(_level1, _level2, at));

    private sealed class SlotBuilder(TextField? level1, TextField? level2, SourceLocation at)
    {
        public TextField? Level1 { get; } = level1;

        public TextField? Level2 { get; } = level2;

        public SourceLocation At { get; } = at;

        public int Count { get; set; }
    }
}
