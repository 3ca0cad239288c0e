using GoalLint.Ingest.Cells;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// Reads one form (its tables with their continuation tables, and the text after them) into a
/// table. Rows go, in order, to the indicator block, the funds block or the label/value reader,
/// whichever they belong to; header fields are placed at the end, once the amount unit is known.
/// </summary>
internal sealed class SectionedForm
{
    private readonly PerformanceTable _table;
    private readonly SectionLabels _labels;
    private readonly LabelledPairs _pairs;
    private readonly AnchoredIndicators _indicators;
    private readonly YearFunds _funds;
    private readonly IngestContext _context;
    private bool _inFunds;

    private SectionedForm(SectionLabels labels, TableKind kind, string layout, IngestContext context)
    {
        _table = new PerformanceTable { Kind = kind, Layout = layout };
        _labels = labels;
        _pairs = new LabelledPairs(labels);
        _indicators = new AnchoredIndicators(_table, labels, context);
        _funds = new YearFunds(labels, context);
        _context = context;
    }

    /// <summary>The table, or null when the blocks hold nothing of the form.</summary>
    public static PerformanceTable? Read(IReadOnlyList<CellBlock> blocks, SectionLabels labels, TableKind kind, string layout, IngestContext context)
    {
        var form = new SectionedForm(labels, kind, layout, context);
        foreach (var block in blocks)
        {
            context.CheckTime();
            form.Read(block);
        }

        return form.Finish(blocks);
    }

    private void Read(CellBlock block)
    {
        if (!block.IsTable)
        {
            foreach (var row in block.Rows)
            {
                if (_table.Title is null && _labels.IsTitle(row[0]))
                {
                    _table.Title = row.Cells[0].ToField();
                }
                else
                {
                    _pairs.Read(row);
                }
            }

            return;
        }

        _indicators.StartTable(block.Width);
        foreach (var row in block.Rows)
        {
            if (HasText(row))
            {
                Route(row);
            }
        }
    }

    private static bool HasText(Row row)
    {
        foreach (var cell in row.Cells)
        {
            if (!cell.IsBlank && !SectionLabels.IsFiller(cell.Text))
            {
                return true;
            }
        }

        return false;
    }

    private void Route(Row row)
    {
        if (row.Cells.Any(c => SectionLabels.IsIndicatorHeader(c.Text)) && _indicators.Begin(row)
            || _indicators.IsActive && _indicators.TryRead(row))
        {
            _inFunds = false;
            _pairs.Break();
            return;
        }

        _inFunds = (_inFunds || row.Cells.Any(c => _labels.IsFundsStart(c.Text))) && _funds.TryRead(row);
        if (_inFunds)
        {
            _pairs.Break();
            return;
        }

        _pairs.Read(row);
    }

    private PerformanceTable? Finish(IReadOnlyList<CellBlock> blocks)
    {
        _indicators.Finish();
        var unit = PairFields.Apply(_pairs.Pairs, _table, _context);
        _table.Funds.AddRange(_funds.Lines(_table.Header.BudgetYear?.Value, unit));
        if (_table.Indicators.Count == 0 && _table.Header.ProjectName is null && _table.Funds.Count == 0)
        {
            return null;
        }

        _table.At = _table.Title?.At ?? blocks[0].Rows[0].At;
        _table.EndLine = blocks[^1].LastLine;
        return _table;
    }
}
