using GoalLint.Shared.Messages;
using System.Text.RegularExpressions;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Reads an indicator row against its header columns and realigns rows the exporter shifted.
/// Several readings are tried — as positioned, one column either way, and by content (frame
/// labels first, then 三级指标 and the values in order) — and the one that breaks the fewest
/// expectations wins: frame labels in the frame columns, a name that is not a label or a
/// value, numbers in number columns, no text left over. Ties keep the earlier reading, so an
/// aligned row is always read as positioned.
/// </summary>
internal static partial class IndicatorRowFitter
{
    // How a row was realigned: built once, since a file of shifted rows asks on every row (messages render when shown).
    private static readonly Message ShiftedLeft = Message.Of("ingest.shift.left");
    private static readonly Message ShiftedRight = Message.Of("ingest.shift.right");
    private static readonly Message ByContentAlone = Message.Of("ingest.shift.by-content");
    private static readonly Message ByContentRepeated = Message.Of("ingest.shift.by-content-repeated");

    public static FittedRow Fit(Row row, IndicatorColumns columns)
    {
        // Most rows are aligned: a positional reading that breaks nothing wins every tie, so the others need not be tried.
        var positional = Positional(row, columns, 0, null);
        var best = Violations(positional, columns) == 0 ? positional : new[]
        {
            positional,
            Positional(row, columns, 1, ShiftedLeft),
            Positional(row, columns, -1, ShiftedRight),
            ByContent(row, columns, dedupe: false, ByContentAlone),
            ByContent(row, columns, dedupe: true, ByContentRepeated),
        }.MinBy(r => Violations(r, columns))!;
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

    /// <summary>Slots: 一级, 二级, 三级, then the value columns in header order; Dropped counts text that found no slot.</summary>
    private sealed record Reading(Cell?[] Slots, int Dropped, Message? How);

    /// <summary>The row read with each cell <paramref name="shift"/> columns right of where it sits.</summary>
    private static Reading Positional(Row row, IndicatorColumns columns, int shift, Message? how)
    {
        var (slots, dropped) = RowPlacement.Place(row.Cells, columns.SlotColumns, shift);
        return new Reading(slots, dropped, how);
    }

    private static Reading ByContent(Row row, IndicatorColumns columns, bool dedupe, Message how)
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
            else if (level2 is null && (Vocabulary.Current.IsLevel2Label(text) || Repeats(level1, text)))
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

        return new Reading(slots, Math.Max(0, rest.Count - (slots.Length - 2)), how);
    }

    private static int Violations(Reading reading, IndicatorColumns columns)
    {
        var (level1, level2, name) = (reading.Slots[0], reading.Slots[1], reading.Slots[2]);
        var count = 2 * reading.Dropped;
        count += level1 is not null && !Vocabulary.Current.IsLevel1Label(level1.Text) ? 1 : 0;
        count += level2 is not null && !Vocabulary.Current.IsLevel2Label(level2.Text) && !Repeats(level1, level2.Text) ? 1 : 0;
        count += name is not null && (Vocabulary.Current.IsFrameLabel(name.Text) || LooksLikeValue().IsMatch(name.Text)) ? 1 : 0;
        count += name is null && reading.Slots.Skip(3).Any(c => c is not null) ? 1 : 0;
        for (var k = 0; k < columns.Values.Count; k++)
        {
            var cell = reading.Slots[3 + k];
            count += IndicatorColumns.IsNumber(columns.Values[k]) && cell is not null && !GridNumbers.IsNumberLike(cell.Text) ? 1 : 0;
        }

        return count;
    }

    /// <summary>A 二级 cell that repeats its 一级 (满意度指标 | 满意度指标) is a label, not a name.</summary>
    private static bool Repeats(Cell? level1, string text) =>
        level1 is not null && LabelText.Key(level1.Text) == LabelText.Key(text);

    /// <summary>Text that reads as an indicator value, never as a 三级指标 name: ≥90%, 100%, 12.5.</summary>
    [GeneratedRegex("^\\s*([≥≤＞＜><=≧≦]|[0-9.]+\\s*%?\\s*$)")]
    private static partial Regex LooksLikeValue();
}
