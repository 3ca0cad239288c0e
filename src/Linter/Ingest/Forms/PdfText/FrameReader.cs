using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Ingest.Forms;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Ingest.Forms.PdfText;

/// <summary>
/// Walks the indicator frame of one table: reads the 一级/二级 labels as they come (wrapped or
/// not, repeated after a page break), collects the lines between them into runs, and cuts each
/// run into rows of cells (<see cref="RowSegmenter"/>: 三级指标 | 实施期指标值 | 年度指标值), which the
/// one indicator-block reader reads under the open slot, as it reads every other form's rows.
/// </summary>
internal sealed class FrameReader(PerformanceTable table, IngestContext context, int fullWidth)
{
    /// <summary>The cells a recovered row becomes, in this order.</summary>
    private static readonly FormColumns Columns = new(
        [new FormColumn(0, ColumnRole.Name, 0), new FormColumn(1, ColumnRole.CycleValue, 0), new FormColumn(2, ColumnRole.AnnualValue, 0)], Inferred: false);

    private readonly IndicatorBlockReader _rows = new(table, new HeaderMatch(Columns, NextRow: 0, Stream: false), context);
    private IndicatorFrame Frame => _rows.Frame;
    private readonly List<IReadOnlyList<PdfToken>> _blocks = [];
    private List<PdfToken>? _block;

    public void Read(IReadOnlyList<PdfLine> lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            context.CheckTime();
            var line = lines[i];
            if (PdfPage.IsFurniture(line) || PdfPage.IsTitle(line) || HeadReader.IsColumnHeader(line.Squeezed))
            {
                _block = null;
                continue;
            }

            if (FrameLabels.CaptionLines(lines, i, end) is > 0 and var caption)
            {
                i += caption - 1;
                _block = null;
                continue;
            }

            var newBlock = i == start || line.Line > lines[i - 1].Line + 1;
            if (FrameLabels.At(lines, i, end) is { } label)
            {
                i += label.LinesUsed - 1;
                ReadLabelled(label);
                continue;
            }

            Add(line, newBlock);
        }

        Flush(null);
        _rows.Close();
        if (start < end)
        {
            // A frame not found at all was reported as such; a frame read says how much of it was read.
            table.Read = _rows.Summary;
            PartialRead.Explain(table, context);
        }
    }

    /// <summary>Applies a label and any label or row that follows it on the same line (产出指标 数量指标 …).</summary>
    private void ReadLabelled(FrameLabel label)
    {
        while (true)
        {
            Flush(null);
            Apply(label);
            if (label.Rest is not { } rest)
            {
                return;
            }

            if (FrameLabels.At([rest], 0, 1) is not { } next)
            {
                Add(rest, newBlock: true);
                return;
            }

            label = next;
        }
    }

    /// <summary>A label printed again after a page break repeats the open one and continues its slot (<see cref="IndicatorFrame"/>).</summary>
    private void Apply(FrameLabel label)
    {
        var field = new TextField(label.Text, label.At);
        if (label.Level == LabelLevel.Level1)
        {
            Frame.Open1(field);
        }
        else
        {
            Frame.Open2(field);
        }
    }

    private void Add(PdfLine line, bool newBlock)
    {
        if (line.Tokens.Count >= 2)
        {
            Flush(line.Tokens);
            return;
        }

        if (newBlock || _block is null)
        {
            _block = [];
            _blocks.Add(_block);
        }

        _block.Add(new PdfToken(line.Text, line.At));
    }

    private void Flush(IReadOnlyList<PdfToken>? closing)
    {
        if (_blocks.Count > 0 || closing is not null)
        {
            foreach (var row in RowSegmenter.Segment(_blocks, closing, fullWidth))
            {
                AddRow(row);
            }
        }

        _blocks.Clear();
        _block = null;
    }

    private void AddRow(RecoveredRow row)
    {
        var at = (row.Name.Count > 0 ? row.Name : row.Cycle.Count > 0 ? row.Cycle : row.Annual)[0].At;
        if (Frame.IsEmpty)
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.before-frame"), at, row.Evidence);
        }

        if (row.Doubt is not null)
        {
            context.Report("unsplit-row", Message.Of("ingest.unsplit-row", ("doubt", row.Doubt)), at, row.Evidence);
        }

        Cell[] cells = [Cell(row.Name, at), Cell(row.Cycle, at), Cell(row.Annual, at)];
        _rows.ReadRow(new Row(at.Line, cells, string.Join('\t', cells.Select(c => c.Text))));
    }

    /// <summary>A cell put back together from its wrapped fragments, at the first; a blank cell at the row when it has none.</summary>
    private static Cell Cell(IReadOnlyList<PdfToken> fragments, SourceLocation row) =>
        fragments.Count == 0 ? new Cell("", row) : new Cell(CellText.JoinWrapped(fragments.Select(f => f.Text)), fragments[0].At);
}
