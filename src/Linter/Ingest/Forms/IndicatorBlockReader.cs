using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The one indicator-block reader: from the row after a header to the block's end (合计/总分/评价结论,
/// a title, a header field, a goal), every row becomes an indicator under its 一级/二级, carried
/// down over blank or missing leading cells. Rows that arrive one cell at a time are regrouped
/// (<see cref="StreamRows"/>). What it cannot place is counted on the table's <see cref="ReadSummary"/>.
/// </summary>
internal sealed class IndicatorBlockReader(PerformanceTable table, HeaderMatch header, IngestContext context)
{
    /// <summary>One cell rows above this share make the block a stream (one cell per line or paragraph).</summary>
    private const double StreamShare = 0.6;

    private readonly FormColumns _columns = header.Columns;
    private readonly IndicatorFrame[] _frames = [.. Enumerable.Range(0, header.Columns.Blocks).Select(_ => new IndicatorFrame())];

    public ReadSummary Summary { get; } = new() { Header = header.Columns.Inferred ? HeaderReading.Inferred : HeaderReading.Found };

    /// <summary>Reads the block; returns the index of the first row after it.</summary>
    public int Read(IReadOnlyList<Row> rows)
    {
        var repeats = new List<(int From, int To)>();
        var end = End(rows, header.NextRow, repeats);
        var body = Body(rows, header.NextRow, end, repeats);
        // Wrapped text cells joined first: lines holding only the wrap of a 评分标准 or 偏差原因 are one cell each,
        // and must not make a space-aligned block look like one cell per line.
        body = header.Stream ? body : WrappedLines.Joined(body, _columns);
        // Cells that arrive one at a time are put back into rows around each 三级指标: a header with no 三级 column
        // (a mutilated or partial one) is read as a grid, whose cells that fit no column are reported.
        if (_columns.IndexOf(ColumnRole.Name) >= 0 && (header.Stream || body.Count > 0 && body.Count(r => r.Only is not null) >= StreamShare * body.Count))
        {
            var stream = new StreamRows(_columns);
            foreach (var row in body)
            {
                context.CheckTime();
                stream.Add(row);
            }

            foreach (var row in stream.Rows())
            {
                ReadRow(row);
            }

            Summary.CutOff |= stream.CutOff;
        }
        else
        {
            foreach (var row in body)
            {
                context.CheckTime();
                ReadRow(row);
            }

            Summary.CutOff |= end >= rows.Count && body.Count > 0 && IsCut(body[^1]);
        }

        Close();
        if (end < rows.Count && IsTotal(rows[end]))
        {
            ReadTotals(rows[end]);
            end++;
        }

        return end;
    }

    /// <summary>The block's rows that hold text, less the header printed again (<paramref name="repeats"/>).</summary>
    private static List<Row> Body(IReadOnlyList<Row> rows, int from, int end, List<(int From, int To)> repeats)
    {
        var body = new List<Row>(end - from);
        var repeat = 0;
        for (var i = from; i < end; i++)
        {
            if (repeat < repeats.Count && i >= repeats[repeat].From)
            {
                i = repeats[repeat++].To - 1;
            }
            else if (!rows[i].IsBlank)
            {
                body.Add(rows[i]);
            }
        }

        return body;
    }

    /// <summary>
    /// The first row that is not the block's: a total, a title, a header field or goal label, a sign-off line, another
    /// form's header, a row of another worksheet (a workbook's second sheet is another table: funds, notes). The same
    /// header printed again (after a page break; a header line copied) is kept in <paramref name="repeats"/>: its lines are
    /// no indicators (one cell per line they would be regrouped as some), and are not looked at again.
    /// </summary>
    private int End(IReadOnlyList<Row> rows, int from, List<(int From, int To)> repeats)
    {
        var sheet = from > 0 ? rows[from - 1].At.Sheet : null;
        for (var i = from; i < rows.Count; i++)
        {
            var first = rows[i].Cells.FirstOrDefault(c => !c.IsBlank);
            if (first is null)
            {
                continue;
            }

            var vocabulary = Vocabulary.Current;
            if (first.At.Sheet != sheet
                || IsTotal(rows[i])
                || rows[i].Only is { Text.Length: <= 60 } && vocabulary.TitleKind(first.Text) is not null
                || !vocabulary.IsFrameLabel(first.Text) && (HeaderFieldMap.Find(first.Text) is not null || vocabulary.GoalOf(first.Text) is not null && GoalLabelRow.IsGoal(rows, i, header.Stream))
                || FieldCells.SignOffLabel(rows[i]) is { } signOff && (!header.Stream || IsTotal(signOff.Text))) // one cell per line: a block end's label only (审批意见：同意。)
            {
                return i;
            }

            if (HeaderFinder.At(rows, i) is { } again)
            {
                if (!again.Columns.Roles.AsSpan().SequenceEqual(_columns.Roles))
                {
                    return i;
                }

                repeats.Add((i, again.NextRow));
                i = again.NextRow - 1;
            }
        }

        return rows.Count;
    }

    private static bool IsTotal(Row row) =>
        row.Cells.FirstOrDefault(c => !c.IsBlank) is { } first && IsTotal(first.Text);

    private static bool IsTotal(string firstCell) => Vocabulary.Current.IsBlockEnd(firstCell);

    /// <summary>
    /// The frame of a producer that cuts the block itself (the PDF-text frame: its labels arrive on lines of
    /// their own, its rows as recovered cells): it opens the labels here and hands each row to <see cref="ReadRow"/>.
    /// </summary>
    public IndicatorFrame Frame => _frames[0];

    /// <summary>Puts the block's slots on the table, once its last row is read.</summary>
    public void Close() => table.Slots.AddRange(_frames.SelectMany(f => f.Slots));

    /// <summary>Reads one row of the block as an indicator under the open 一级/二级 (a row that repeats the header is skipped).</summary>
    public void ReadRow(Row row)
    {
        if (HeaderFinder.At([row], 0) is not null)
        {
            return; // the header again, after a page break
        }

        Indicator? first = null;
        // A row read as it stands is placed once for every block; one that lost its leading cells is aligned per block.
        var positioned = BlockCells.Positioned(row, _columns);
        var (slots, unplaced) = BlockCells.Place(row, _columns, 0);
        Summary.CellsUnplaced += unplaced;
        for (var block = 0; block < _columns.Blocks; block++)
        {
            if (block > 0 && !positioned)
            {
                (slots, _) = BlockCells.Place(row, _columns, block);
            }

            var indicator = ReadIndicator(row, slots, block, first);
            first ??= indicator;
        }
    }

    /// <summary>
    /// The row's indicator in one block; in a later block (年度 beside 实施期) an indicator of the
    /// same name as the first block's is the same indicator, and only adds its values to it.
    /// </summary>
    /// <remarks>Plain loops, no closures: it runs for every row and block.</remarks>
    private Indicator? ReadIndicator(Row row, Cell?[] slots, int block, Indicator? first)
    {
        var cells = new List<KeyValuePair<ColumnRole, Cell>>();
        var valued = false;
        var values = _columns.ValuesOf(block);
        for (var k = 0; k < values.Count; k++)
        {
            var column = values[k];
            if (slots[column.Index] is { } cell)
            {
                cells.Add(KeyValuePair.Create(column.Role, cell));
                valued |= column.Role is ColumnRole.AnnualValue or ColumnRole.CycleValue or ColumnRole.ActualValue;
            }
        }

        var name = At(slots, ColumnRole.Name, block);
        var hasIndicator = name is not null || valued;
        var (level1Cell, level2Cell) = FrameCells(slots, block);
        var (level1, level2) = _frames[block].Place(level1Cell, level2Cell, hasIndicator, row.At);
        if (!hasIndicator)
        {
            return null;
        }

        var (comparator, unit) = (At(slots, ColumnRole.Comparator, block), At(slots, ColumnRole.Unit, block));
        if (first is not null && name is not null && LabelKey.Of(first.Name?.Text) == LabelKey.Of(name.Text))
        {
            IndicatorRows.Fill(first, cells, comparator, unit, context);
            return first;
        }

        Summary.Rows++;
        var at = (name ?? row.Cells.First(c => !c.IsBlank)).At;
        return IndicatorRows.AddIndicator(table, (level1, level2), name, cells, comparator, unit, at, RowText.Joined(row), context);
    }

    /// <summary>
    /// The row's 一级 and 二级 cells. An outline writes both in one column (一、产出指标 on a row of its own, （一）数量指标
    /// beside its first indicator): a full 二级 label in the 一级 column, under an open 一级 and with no 二级 cell, is the 二级.
    /// </summary>
    private (Cell? Level1, Cell? Level2) FrameCells(Cell?[] slots, int block)
    {
        var (level1, level2) = (WithPoints(slots, ColumnRole.Level1, ColumnRole.Level1Weight, block), WithPoints(slots, ColumnRole.Level2, ColumnRole.Level2Weight, block));
        var vocabulary = Vocabulary.Current;
        return level1 is not null && level2 is null && _frames[block].Level1 is not null
            && vocabulary.IsLevel2Label(level1.Text) && !vocabulary.IsLevel1Label(level1.Text)
            ? (null, level1)
            : (level1, level2);
    }

    /// <summary>
    /// A 一级/二级 label with the points its own 分值 column gives it (决策 | 15 ⇒ 决策（15分）), read as a label that states
    /// them (产出指标（40分）) is; a label that states its own keeps them.
    /// </summary>
    private Cell? WithPoints(Cell?[] slots, ColumnRole level, ColumnRole weight, int block)
    {
        var label = At(slots, level, block);
        if (label is null || label.IsBlank || At(slots, weight, block) is not { IsBlank: false } points || !GridNumbers.IsPoints(points.Text))
        {
            return label;
        }

        var text = label.Text.TrimEnd();
        return text.EndsWith("分）", StringComparison.Ordinal) || text.EndsWith("分)", StringComparison.Ordinal)
            ? label
            : label with { Text = $"{text}（{CellText.Squeeze(points.Text).TrimEnd('分')}分）" };
    }

    private Cell? At(Cell?[] slots, ColumnRole role, int block) => _columns.IndexOf(role, block) is var i and >= 0 ? slots[i] : null;

    /// <summary>
    /// A last row that names an indicator but holds none of its values: the source ends mid-row.
    /// A row with no indicator name (满意度指标 | 服务对象满意度指标, the rest blank) is a slot the
    /// form declares and leaves empty, not a cut.
    /// </summary>
    private bool IsCut(Row row)
    {
        var (slots, _) = BlockCells.Place(row, _columns, 0);
        var name = _columns.IndexOf(ColumnRole.Name);
        return name >= 0 && slots[name] is not null && _columns.ValuesOf(0).Any() && _columns.ValuesOf(0).All(c => slots[c.Index] is null);
    }

    /// <summary>合计/总分: the 分值 and 得分 it prints, in their columns (a dash there is none) or, when an export moved them, as its last two numbers.</summary>
    private void ReadTotals(Row row)
    {
        var (weight, score) = (_columns.IndexOf(ColumnRole.Weight), _columns.IndexOf(ColumnRole.Score));
        if (weight < 0 && score < 0)
        {
            return;
        }

        var numbers = row.Cells.Where(c => !c.IsBlank && GridNumbers.IsPoints(c.Text)).ToList();
        Cell? Pick(int column, int fromEnd) =>
            column >= 0 && column < row.Cells.Count && (GridNumbers.IsPoints(row[column]) || GridNumbers.IsNumberLike(row[column])) ? row.Cells[column]
            : numbers.Count >= fromEnd ? numbers[^fromEnd] : null;

        table.TotalWeight = weight >= 0 ? GridNumbers.Points(Pick(weight, score >= 0 ? 2 : 1), context) : null;
        table.TotalScore = score >= 0 ? GridNumbers.Points(Pick(score, 1), context) : null;
    }
}
