using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Shared.Messages;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Reads the indicator rows under a 一级指标 … 指标值确定依据 header into a table: blank
/// 一级/二级 cells mean "same as above", a row without a 三级指标 continues the row above
/// (a cell wrapped over a page break), a row with only 一级/二级 declares an empty slot.
/// The wrapped cells of the last indicator are joined when the next one starts and at <see cref="Finish"/>;
/// a value is written with the 计算符号 and 计量单位 of its row when the form gives them their own columns.
/// </summary>
internal sealed class IndicatorDescriptions(DescribedColumns columns, PerformanceTable table, IngestContext context)
{
    private readonly Dictionary<string, int> _slots = [];
    private readonly WrappedField _description = new();
    private readonly WrappedField _value = new();
    private readonly WrappedField _basis = new();
    private readonly List<string> _sourceRows = [];
    private string? _comparator;
    private string? _unit;
    private TextField? _level1;
    private TextField? _level2;
    private Indicator? _last;

    public void Add(Row row)
    {
        if (DescribedColumns.FromHeader(row) is not null)
        {
            return; // the header repeated at the top of a new page
        }

        if (row.Cells.Count == 1)
        {
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
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.not-level1", ("label", level1!.Text)), row.At, row.Raw);
            return;
        }

        if (name is null && values.All(v => v is null))
        {
            if (level1 is not null || level2 is not null)
            {
                SetFrame(level1, level2);
                CountSlot(0, row.At);
            }

            return;
        }

        if (name is null && level1 is null && level2 is null)
        {
            Continue(row, values);
            return;
        }

        SetFrame(level1, level2);
        Finish();
        _last = new Indicator { Level1 = _level1, Level2 = _level2, Name = name, At = row.At };
        table.Indicators.Add(_last);
        _comparator = Field(cells, columns.Comparator)?.Text;
        _unit = Field(cells, columns.Unit)?.Text;
        Wrap(row, values);
        CountSlot(1, row.At);
        if (name is null)
        {
            context.Report("missing-indicator-name", Message.Of("ingest.missing-indicator-name"), row.At, row.Raw);
        }

        if (_level2 is null)
        {
            context.Report("missing-level2", Message.Of("ingest.missing-level2"), row.At, row.Raw);
        }
    }

    /// <summary>A filled 一级 cell that names no level of the frame (a 填报人 line after the table, say).</summary>
    private static bool OutsideFrame(TextField? level1, TextField? level2) =>
        level1 is not null
        && Vocabulary.Current.Level1(level1.Text) == Level1Category.Unknown
        && Vocabulary.Current.Level2(level1.Text) == Level2Category.Unknown
        && Vocabulary.Current.Level2(level2?.Text) == Level2Category.Unknown;

    /// <summary>A blank 一级 cell carries the one above; a blank 二级 cell carries only under the same 一级.</summary>
    private void SetFrame(TextField? level1, TextField? level2)
    {
        if (level1 is not null)
        {
            _level2 = level2;
            _level1 = level1;
            return;
        }

        _level2 = level2 ?? _level2;
    }

    private void CountSlot(int indicators, SourceLocation at)
    {
        var key = CellText.Squeeze(_level1?.Text ?? "") + "\u0001" + CellText.Squeeze(_level2?.Text ?? "");
        if (_slots.TryGetValue(key, out var index))
        {
            var slot = table.Slots[index];
            table.Slots[index] = slot with { IndicatorCount = slot.IndicatorCount + indicators };
            return;
        }

        _slots[key] = table.Slots.Count;
        table.Slots.Add(new IndicatorSlot(_level1, _level2, Level1Category.Unknown, Level2Category.Unknown, indicators, at));
    }

    /// <summary>Writes the last indicator's wrapped cells into it: before the next indicator starts, and once the block ends.</summary>
    public void Finish()
    {
        if (_last is null || _sourceRows.Count == 0)
        {
            return;
        }

        _last.Description = _description.ToField();
        _last.AnnualValue = _value.ToField() is { } value ? new IndicatorValue(value with { Text = IndicatorValues.Composed(value.Text, _comparator, _unit) }) : null;
        _last.ValueBasis = _basis.ToField();
        _last.SourceRow = string.Join('\n', _sourceRows);
        _description.Clear();
        _value.Clear();
        _basis.Clear();
        _sourceRows.Clear();
    }

    /// <summary>Adds the fragments of a wrapped row to the indicator above.</summary>
    private void Continue(Row row, TextField?[] values)
    {
        if (_last is null)
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.continuation"), row.At, row.Raw);
            return;
        }

        Wrap(row, values);
    }

    private void Wrap(Row row, TextField?[] values)
    {
        _description.Add(values[0]);
        _value.Add(values[1]);
        _basis.Add(values[2]);
        _sourceRows.Add(RowText.Joined(row));
    }

    private void ReportSpill(Row row, IReadOnlyList<Cell> cells)
    {
        foreach (var cell in cells.Skip(columns.Last + 1).Where(c => !c.IsBlank))
        {
            context.Report("unplaced-cell", Message.Of("ingest.unplaced-cell.beyond-basis", ("text", cell.Text)), cell.At, row.Raw);
        }
    }

    private static TextField? Field(IReadOnlyList<Cell> cells, int index)
    {
        var text = WrapSpaces.At(cells, index);
        return text.Length == 0 ? null : new TextField(text, cells[index].At);
    }
}
