using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The 一级/二级 frame of one table as its rows declare it, the one slot bookkeeping every reader
/// places rows through. A blank 一级 or 二级 cell means "same as above" (the export of a merged
/// cell), so labels carry down; a label that repeats the open one is that merged cell again (an
/// unmerged export, or the cell printed anew after a page break), not a new slot; a new 一级 starts
/// a new block, so its 二级 does not carry across it. A 一级 declares a slot of its own until a 二级
/// or a row arrives under it: the first 二级 takes that slot's place. Every declared slot is kept,
/// empty ones included.
/// </summary>
internal sealed class IndicatorFrame
{
    private readonly List<OpenSlot> _slots = [];

    /// <summary>The last slot is a 一级 with no 二级 label and no row yet.</summary>
    private bool _level1Open;

    public TextField? Level1 { get; private set; }

    public TextField? Level2 { get; private set; }

    /// <summary>Whether no label and no row has declared a slot yet.</summary>
    public bool IsEmpty => _slots.Count == 0;

    public IEnumerable<IndicatorSlot> Slots => _slots.Select(s => s.ToSlot());

    /// <summary>Places a row's label cells and, when it holds one, its indicator; returns the labels it sits under.</summary>
    public (TextField? Level1, TextField? Level2) Place(Cell? level1, Cell? level2, bool hasIndicator, SourceLocation rowAt)
    {
        if (level1 is not null)
        {
            Open1(GridText.Field(level1));
        }

        if (level2 is not null)
        {
            Open2(GridText.Field(level2));
        }

        if (hasIndicator)
        {
            Count(rowAt);
        }

        return (Level1, Level2);
    }

    /// <summary>A 一级 label: a new block unless it repeats the open one.</summary>
    public void Open1(TextField label)
    {
        if (Level1 is not null && Same(Level1, label))
        {
            return;
        }

        (Level1, Level2) = (label, null);
        _slots.Add(new OpenSlot(label, null, label.At));
        _level1Open = true;
    }

    /// <summary>A 二级 label: a new slot under the 一级, unless it repeats the open one.</summary>
    public void Open2(TextField label)
    {
        if (Level2 is not null && Same(Level2, label))
        {
            return;
        }

        Level2 = label;
        var slot = new OpenSlot(Level1, label, label.At);
        if (_level1Open)
        {
            _slots[^1] = slot;
        }
        else
        {
            _slots.Add(slot);
        }

        _level1Open = false;
    }

    /// <summary>An indicator row under the open slot (one is opened at <paramref name="at"/> when no label came first).</summary>
    public void Count(SourceLocation at)
    {
        if (_slots.Count == 0)
        {
            _slots.Add(new OpenSlot(Level1, Level2, at));
        }

        _slots[^1].Count++;
        _level1Open = false;
    }

    private static bool Same(TextField a, TextField b) => LabelText.Key(a.Text) == LabelText.Key(b.Text);
}
