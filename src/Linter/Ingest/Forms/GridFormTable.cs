using GoalLint.Shared.Messages;
using GoalLint.Ingest.Forms.Blocks;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Reads one table of a grid form, rows in order: header field lines, the blocks its spec names
/// (each opened by its own header or label row), the indicator block from its header (found by
/// roles, <see cref="HeaderFinder"/>) with rows fitted to the columns and 一级/二级 carried down,
/// the total (总分/合计) that ends a scored block, and sign-off lines (填报人：…) kept as fields.
/// </summary>
internal sealed class GridFormTable
{
    private enum Section
    {
        Header,
        Block,
        Indicators,
        Done,
    }

    private readonly PerformanceTable _table;
    private readonly IngestContext _context;
    private readonly IFormBlock[] _blocks;
    private readonly IndicatorFrame _frame = new();
    private readonly RowLabelUnit _unit = new();
    private readonly FormFields _fields;
    private IndicatorColumns? _columns;
    private IFormBlock? _block;
    private Section _section = Section.Header;

    private GridFormTable(PerformanceTable table, IEnumerable<string> blocks, IngestContext context)
    {
        (_table, _context) = (table, context);
        _blocks = [.. blocks.Select(b => FormBlocks.Create(b, table, context))];
        _fields = new FormFields(table, context);
    }

    public static PerformanceTable Read(TableRows rows, PerformanceTable table, IEnumerable<string> blocks, IngestContext context)
    {
        var reader = new GridFormTable(table, blocks, context);
        var filled = rows.Rows.Where(r => !r.IsBlank).ToArray();
        for (var i = 0; i < filled.Length; i++)
        {
            context.CheckTime();
            i = reader.Read(filled, i);
        }

        reader.Finish();
        return table;
    }

    /// <summary>Reads the row at <paramref name="i"/>; returns the last row it took (a header may span two).</summary>
    private int Read(IReadOnlyList<Row> rows, int i)
    {
        var row = rows[i];
        if (row.Cells.Any(c => c.Text.Length is > 0 and <= 30 && Vocabulary.Current.ColumnOf(c.Text) == ColumnRole.Name) && HeaderFinder.At(rows, i) is { Stream: false } header && IndicatorColumns.Of(header.Columns) is { } columns)
        {
            (_columns, _section) = (columns, Section.Indicators);
            return header.NextRow - 1;
        }

        if (_columns is not null && _section != Section.Done && IsTotal(row))
        {
            ReadTotal(row);
            return i;
        }

        // Side-by-side cycle and year labels (总体目标 | 实施周期目标 | 年度目标) are columns over the values
        // under them, before a block takes the row for one goal.
        var unit = _section is Section.Header or Section.Block ? _unit.Of(row) : null;
        if (_section is Section.Header or Section.Block && _fields.ReadSide(row, unit))
        {
            return i;
        }

        if (_blocks.FirstOrDefault(b => b.Opens(row)) is { } block)
        {
            (_block, _section) = (block, Section.Block);
            return i;
        }

        switch (_section)
        {
            case Section.Indicators or Section.Done when FieldCells.IsSignOff(row):
                _fields.ReadRow(row, unit);
                break;
            case Section.Indicators:
                IndicatorRows.Add(row, _columns!, _frame, _table, _context);
                break;
            case Section.Block when _block!.Read(row):
                break;
            case Section.Done when DeviationNote(row) is { } note:
                _table.DeviationNote = note;
                break;
            case Section.Done:
                _context.Report("unplaced-row", Message.Of("ingest.unplaced-row.after-total", ("line", row.Line)), row.At, RowText.Joined(row));
                break;
            default:
                _fields.ReadRow(row, unit);
                break;
        }

        return i;
    }

    /// <summary>A row under the total labelled as the table's one 偏差原因 (偏差原因分析及改进措施 | 受…影响，…): its text, else null.</summary>
    private static TextField? DeviationNote(Row row)
    {
        var cells = row.Filled.ToArray();
        return cells.Length >= 2 && Vocabulary.Current.ColumnOf(cells[0].Text) == ColumnRole.Deviation
            ? new TextField(string.Concat(cells.Skip(1).Select(c => CellText.Clean(c.Text))), cells[1].At)
            : null;
    }

    private void Finish()
    {
        foreach (var block in _blocks)
        {
            block.Finish();
        }

        _table.Slots.AddRange(_frame.Slots);
        if (_columns is null)
        {
            _context.Report("no-indicators", Message.Of("ingest.no-indicators"), _table.At);
        }
        else if (_section != Section.Done && _table.Indicators.Count > 0 && _columns.Values.Any(v => v.Role == ColumnRole.Score))
        {
            _context.Report("missing-total", Message.Of("ingest.missing-total"), new SourceLocation(_table.EndLine, 1));
        }
    }

    private static bool IsTotal(Row row) => LabelText.Key(row.Filled.First().Text) is "总分" or "合计" or "总计";

    /// <summary>总分 | … | 100 | 89.18 | —: the first two numbers are the total weight and score, wherever the export put them.</summary>
    private void ReadTotal(Row row)
    {
        var numbers = row.Filled.Skip(1).Where(c => GridNumbers.IsNumberLike(c.Text)).Select(c => GridNumbers.Number(c, _context)).OfType<NumberField>().ToArray();
        _table.TotalWeight = numbers.ElementAtOrDefault(0);
        _table.TotalScore = numbers.ElementAtOrDefault(1);
        _section = Section.Done;
    }
}
