using GoalLint.Shared.Messages;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Reads an indicator row against its header columns and realigns rows the exporter shifted.
/// Several readings are tried — as positioned, one column either way, and by content (frame
/// labels first, then 三级指标 and the values in order) — and the one that breaks the fewest
/// expectations wins, scored as every indicator row is (<see cref="RowPlacement.Best"/>). Ties keep
/// the earlier reading, so an aligned row is always read as positioned.
/// </summary>
internal static class IndicatorRowFitter
{
    // How a row was realigned: built once, since a file of shifted rows asks on every row (messages render when shown).
    private static readonly Message ShiftedLeft = Message.Of("ingest.shift.left");
    private static readonly Message ShiftedRight = Message.Of("ingest.shift.right");
    private static readonly Message ByContentAlone = Message.Of("ingest.shift.by-content");
    private static readonly Message ByContentRepeated = Message.Of("ingest.shift.by-content-repeated");

    public static FittedRow Fit(Row row, IndicatorColumns columns)
    {
        // Most rows are aligned: a positional reading that breaks nothing wins every tie, so the others need not be tried.
        var best = RowPlacement.Best(Readings(row, columns));
        var values = new Dictionary<ColumnRole, Cell>();
        for (var i = 0; i < columns.Values.Count; i++)
        {
            if (best.Slots[3 + i] is { } cell)
            {
                values.TryAdd(columns.Values[i].Role, cell);
            }
        }

        return new FittedRow(best.Slots[0], best.Slots[1], best.Slots[2], values, best.How);
    }

    /// <summary>The readings tried, in the order ties prefer: as positioned, one column either way, by content.</summary>
    private static IEnumerable<RowReading> Readings(Row row, IndicatorColumns columns)
    {
        yield return RowPlacement.Read(row.Cells, columns.SlotColumns, columns.SlotRoles, 0);
        yield return RowPlacement.Read(row.Cells, columns.SlotColumns, columns.SlotRoles, 1, ShiftedLeft);
        yield return RowPlacement.Read(row.Cells, columns.SlotColumns, columns.SlotRoles, -1, ShiftedRight);
        yield return ByContent(row, columns, dedupe: false, ByContentAlone);
        yield return ByContent(row, columns, dedupe: true, ByContentRepeated);
    }

    private static RowReading ByContent(Row row, IndicatorColumns columns, bool dedupe, Message how)
    {
        var cells = row.Filled.ToList();
        Cell? level1 = null, level2 = null;
        var i = 0;
        for (; i < cells.Count && Vocabulary.Current.IsFrameLabel(cells[i].Text); i++)
        {
            var text = cells[i].Text;
            if (level1 is null && level2 is null && Vocabulary.Current.IsLevel1Of(text, i + 1 < cells.Count ? cells[i + 1].Text : null))
            {
                level1 = cells[i];
            }
            else if (level2 is null && (Vocabulary.Current.IsLevel2Label(text) || RowPlacement.Repeats(level1, text)))
            {
                level2 = cells[i];
            }
            else
            {
                break;
            }
        }

        var rest = cells.Skip(i).ToList();
        if (dedupe && rest.Count > 1 && LabelText.Key(rest[0].Text) == LabelText.Key(rest[1].Text))
        {
            rest.RemoveAt(1);
        }

        var slots = new Cell?[3 + columns.Values.Count];
        slots[0] = level1;
        slots[1] = level2;
        for (var k = 0; k < rest.Count && 2 + k < slots.Length; k++)
        {
            slots[2 + k] = rest[k];
        }

        return new RowReading(slots, columns.SlotRoles, Math.Max(0, rest.Count - (slots.Length - 2)), how);
    }
}
