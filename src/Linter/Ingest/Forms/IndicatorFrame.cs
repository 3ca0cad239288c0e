using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The 一级/二级 frame of one table as its rows declare it. A blank 一级 or 二级 cell means "same
/// as above" (the export of a merged cell), so labels carry down; a new 一级 starts a new block,
/// so its 二级 does not carry across it. Every declared slot is kept, empty ones included.
/// </summary>
internal sealed class IndicatorFrame
{
    private readonly List<OpenSlot> _slots = [];
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

    public IEnumerable<IndicatorSlot> Slots => _slots.Select(s => s.ToSlot());

    private void Open(SourceLocation at) => _slots.Add(new OpenSlot(_level1, _level2, at));
}
