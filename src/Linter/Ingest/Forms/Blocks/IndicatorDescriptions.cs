using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Shared.Messages;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Reads the indicator rows under a 一级指标 … 指标值确定依据 header into a table, through the one slot
/// bookkeeping (<see cref="IndicatorFrame"/>: blank 一级/二级 cells mean "same as above", a row with only
/// 一级/二级 declares an empty slot) and the one way to add an indicator (<see cref="IndicatorRows.AddIndicator"/>).
/// What is its own: a row without a 三级指标 or labels continues the row above (a cell wrapped over a
/// page break), so an indicator is added once its wrapped cells are joined, when the next one starts
/// and at <see cref="Close"/>; its value is written with the 计算符号 and 计量单位 of its first row when the
/// form gives them their own columns, as every reader composes them.
/// </summary>
internal sealed class IndicatorDescriptions(DescribedColumns columns, PerformanceTable table, IngestContext context)
{
    private readonly IndicatorFrame _frame = new();
    private readonly WrappedField _description = new();
    private readonly WrappedField _value = new();
    private readonly WrappedField _basis = new();
    private readonly List<string> _sourceRows = [];
    private (TextField? Level1, TextField? Level2) _labels;
    private Cell? _name;
    private Cell? _comparator;
    private Cell? _unit;
    private SourceLocation? _at;

    /// <summary>How much of the table's block was read: one summary however often the header repeats.</summary>
    private ReadSummary Summary => table.Read ??= new ReadSummary { Header = HeaderReading.Found };

    public void Add(Row row)
    {
        if (DescribedColumns.FromHeader(row) is not null)
        {
            return; // the header repeated at the top of a new page
        }

        if (row.Cells.Count == 1)
        {
            Summary.CellsUnplaced++;
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.indicator-text"), row.At, row.Raw);
            return;
        }

        var (cells, shift) = ShiftedRows.Align(row.Cells, columns);
        if (shift is not null)
        {
            context.Report("shifted-row", Message.Of("ingest.shifted-row.described", ("how", shift)), row.At, row.Raw);
        }

        var level1 = Field(cells, columns.Level1);
        var level2 = Field(cells, columns.Level2);
        var name = Field(cells, columns.Name);
        var values = new[] { Field(cells, columns.Description), Field(cells, columns.Value), Field(cells, columns.Basis) };
        ReportSpill(row, cells);
        if (OutsideFrame(level1, level2))
        {
            Summary.CellsUnplaced += row.Cells.Count(c => !c.IsBlank);
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.not-level1", ("label", level1!.Text)), row.At, row.Raw);
            return;
        }

        if (name is null && level1 is null && level2 is null)
        {
            if (values.Any(v => v is not null))
            {
                Continue(row, values);
            }

            return;
        }

        var hasIndicator = name is not null || values.Any(v => v is not null);
        if (hasIndicator)
        {
            Finish();
        }

        var labels = _frame.Place(level1, level2, hasIndicator, row.At);
        if (!hasIndicator)
        {
            return;
        }

        (_labels, _name, _at) = (labels, name, row.At);
        (_comparator, _unit) = (Field(cells, columns.Comparator), Field(cells, columns.Unit));
        Wrap(row, values);
        if (name is null)
        {
            context.Report("missing-indicator-name", Message.Of("ingest.missing-indicator-name"), row.At, row.Raw);
        }

        if (labels.Level2 is null)
        {
            context.Report("missing-level2", Message.Of("ingest.missing-level2"), row.At, row.Raw);
        }
    }

    /// <summary>A filled 一级 cell that names no level of the frame (a 填报人 line after the table, say).</summary>
    private static bool OutsideFrame(Cell? level1, Cell? level2) =>
        level1 is not null
        && Vocabulary.Current.Level1(level1.Text) == Level1Category.Unknown
        && Vocabulary.Current.Level2(level1.Text) == Level2Category.Unknown
        && Vocabulary.Current.Level2(level2?.Text) == Level2Category.Unknown;

    /// <summary>Adds the last indicator with its wrapped cells joined: before the next indicator starts, and once the block ends.</summary>
    private void Finish()
    {
        if (_at is not { } at)
        {
            return;
        }

        var values = new[] { (Role: ColumnRole.Description, Cell: Joined(_description)), (Role: ColumnRole.AnnualValue, Cell: Joined(_value)), (Role: ColumnRole.Basis, Cell: Joined(_basis)) }
            .Where(v => v.Cell is not null)
            .Select(v => KeyValuePair.Create(v.Role, v.Cell!));
        Summary.Rows++;
        IndicatorRows.AddIndicator(table, _labels, _name, values, _comparator, _unit, at, string.Join('\n', _sourceRows), context);
        _description.Clear();
        _value.Clear();
        _basis.Clear();
        _sourceRows.Clear();
        (_name, _at) = (null, null);
    }

    /// <summary>Finishes the last indicator and puts the block's slots on the table.</summary>
    public void Close()
    {
        Finish();
        table.Slots.AddRange(_frame.Slots);

        // Each loss was reported at its row; the table keeps the reasons for the stats.
        _ = Summary;
        PartialRead.Explain(table, context: null);
    }

    /// <summary>Adds the fragments of a wrapped row to the indicator above.</summary>
    private void Continue(Row row, Cell?[] values)
    {
        if (_at is null)
        {
            Summary.CellsUnplaced += row.Cells.Count(c => !c.IsBlank);
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.continuation"), row.At, row.Raw);
            return;
        }

        Wrap(row, values);
    }

    private void Wrap(Row row, Cell?[] values)
    {
        _description.Add(values[0]?.ToField());
        _value.Add(values[1]?.ToField());
        _basis.Add(values[2]?.ToField());
        _sourceRows.Add(RowText.Joined(row));
    }

    private void ReportSpill(Row row, IReadOnlyList<Cell> cells)
    {
        foreach (var cell in cells.Skip(columns.Last + 1).Where(c => !c.IsBlank))
        {
            context.Report("unplaced-cell", Message.Of("ingest.unplaced-cell.beyond-basis", ("text", cell.Text)), cell.At, row.Raw);
        }
    }

    private static Cell? Joined(WrappedField field) => field.ToField() is { } joined ? new Cell(joined.Text, joined.At) : null;

    /// <summary>Cell <paramref name="index"/> without the spaces a PDF conversion left where it wrapped, or null when blank.</summary>
    private static Cell? Field(IReadOnlyList<Cell> cells, int index)
    {
        var text = WrapSpaces.At(cells, index);
        return text.Length == 0 ? null : new Cell(text, cells[index].At);
    }
}
