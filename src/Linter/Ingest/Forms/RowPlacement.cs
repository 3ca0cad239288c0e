using GoalLint.Shared.Messages;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// One reading of an indicator row: the filled cell under each slot (null where none), the role each
/// slot reads, how many filled cells fell under no slot, and how the row was moved to read so (null:
/// as it stands).
/// </summary>
internal sealed record RowReading(Cell?[] Slots, IReadOnlyList<ColumnRole> Roles, int Outside, Message? How = null);

/// <summary>
/// Where a row's cells land under a header's columns, and which of several readings of a row is
/// kept: the one placement and the one scoring both indicator-row fitters use, the grid forms'
/// (<see cref="IndicatorRowFitter"/>, which tries the exporter's one-column shifts and reads by
/// content) and the generic block's (<see cref="BlockCells"/>, which aligns a row that lost its
/// leading cells at its first label or where its name and values fit).
/// </summary>
internal static class RowPlacement
{
    /// <summary>
    /// The row read with cell i under column i + <paramref name="offset"/>: the filled cell under each
    /// of <paramref name="columns"/> (a column listed twice gets its cell in both places), leaving out of
    /// the cells outside those a stub left of column <paramref name="stubsLeftOf"/> (a cell naming 指标
    /// there: 年度绩效指标 printed down the side, in a column the header left unnamed).
    /// </summary>
    /// <remarks>Runs on every indicator row, several times for a row that does not fit: plain loops, no delegate.</remarks>
    public static RowReading Read(IReadOnlyList<Cell> cells, int[] columns, IReadOnlyList<ColumnRole> roles, int offset, Message? how = null, int stubsLeftOf = int.MinValue)
    {
        var slots = new Cell?[columns.Length];
        var outside = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].IsBlank)
            {
                continue;
            }

            var at = i + offset;
            var placed = false;
            for (var k = 0; k < columns.Length; k++)
            {
                if (columns[k] == at)
                {
                    slots[k] = cells[i];
                    placed = true;
                }
            }

            outside += placed || at < stubsLeftOf && cells[i].Text.Contains("指标", StringComparison.Ordinal) ? 0 : 1;
        }

        return new RowReading(slots, roles, outside, how);
    }

    /// <summary>
    /// The reading that breaks the fewest expectations (<see cref="Misfits"/>); a tie keeps the earlier,
    /// so callers list readings in the order they prefer. Stops at the first that breaks none.
    /// </summary>
    public static RowReading Best(IEnumerable<RowReading> readings)
    {
        RowReading? best = null;
        var least = int.MaxValue;
        foreach (var reading in readings)
        {
            var misfits = Misfits(reading);
            if (misfits < least)
            {
                (best, least) = (reading, misfits);
            }

            if (least == 0)
            {
                break;
            }
        }

        return best ?? throw new ArgumentException("No reading of the row was given.", nameof(readings));
    }

    /// <summary>
    /// How badly a row reads: text that found no column (twice: it is lost), a 一级 or 二级 cell that is
    /// no such label, a 三级指标 that is a frame label or reads as a value, values with no 三级指标, and
    /// text in a number column (分值, 得分).
    /// </summary>
    public static int Misfits(RowReading reading)
    {
        var vocabulary = Vocabulary.Current;
        var misfits = 2 * reading.Outside;
        Cell? level1 = null;
        var (named, valued) = (false, false);
        for (var k = 0; k < reading.Slots.Length; k++)
        {
            if (reading.Slots[k] is not { } cell)
            {
                continue;
            }

            switch (reading.Roles[k])
            {
                case ColumnRole.Level1:
                    level1 ??= cell;
                    misfits += vocabulary.IsLevel1Label(cell.Text) ? 0 : 1;
                    break;
                case ColumnRole.Level2:
                    misfits += vocabulary.IsLevel2Label(cell.Text) || Repeats(level1, cell.Text) ? 0 : 1;
                    break;
                case ColumnRole.Name:
                    named = true;
                    misfits += vocabulary.IsFrameLabel(cell.Text) || ValueShape.LooksLikeValue(cell.Text) ? 1 : 0;
                    break;
                case ColumnRole.RowNumber:
                    break;
                case ColumnRole.Weight or ColumnRole.Score:
                    valued = true;
                    misfits += GridNumbers.IsNumberLike(cell.Text) ? 0 : 1;
                    break;
                default:
                    valued = true;
                    break;
            }
        }

        return misfits + (valued && !named ? 1 : 0);
    }

    /// <summary>A 二级 cell that repeats its 一级 (满意度指标 | 满意度指标) is a label, not a name.</summary>
    public static bool Repeats(Cell? level1, string text) =>
        level1 is not null && LabelText.Key(level1.Text) == LabelText.Key(text);
}
