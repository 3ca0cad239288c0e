using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>
/// Reads one form (the 基础信息表 with its continuation tables, and the 自评报告 after it) into a
/// table. Rows go, in order, to the indicator block, the funds block or the label/value reader,
/// whichever they belong to; header fields are placed at the end, once the 金额单位 is known.
/// </summary>
internal sealed class SelfEvaluationForm
{
    private readonly PerformanceTable _table = new() { Kind = TableKind.SelfEvaluation, Layout = GuangdongSelfEvaluationReader.Form };
    private readonly LabelledPairs _pairs = new();
    private readonly IndicatorBlock _indicators;
    private readonly FundsBlock _funds;
    private bool _inFunds;

    private SelfEvaluationForm(IngestContext context)
    {
        _indicators = new IndicatorBlock(_table, context);
        _funds = new FundsBlock(context);
    }

    /// <summary>The table, or null when the blocks hold nothing of the form.</summary>
    public static PerformanceTable? Read(IReadOnlyList<MarkdownBlock> blocks, IngestContext context)
    {
        var form = new SelfEvaluationForm(context);
        foreach (var block in blocks)
        {
            context.CheckTime();
            form.Read(block);
        }

        return form.Finish(blocks);
    }

    private void Read(MarkdownBlock block)
    {
        if (!block.IsTable)
        {
            foreach (var row in block.Rows)
            {
                if (SelfEvaluationLabels.IsTitle(row[0]) && _table.Title is null)
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
        foreach (var row in block.Rows.Where(r => r.Filled.Any(c => !SelfEvaluationLabels.IsFiller(c.Text))))
        {
            Route(row);
        }
    }

    private void Route(Row row)
    {
        if (row.Cells.Any(c => SelfEvaluationLabels.IsIndicatorHeader(c.Text)) && _indicators.Begin(row)
            || _indicators.IsActive && _indicators.TryRead(row))
        {
            _inFunds = false;
            _pairs.Break();
            return;
        }

        _inFunds = (_inFunds || row.Cells.Any(c => SelfEvaluationLabels.IsFundsStart(c.Text))) && _funds.TryRead(row);
        if (_inFunds)
        {
            _pairs.Break();
            return;
        }

        _pairs.Read(row);
    }

    private PerformanceTable? Finish(IReadOnlyList<MarkdownBlock> blocks)
    {
        var unit = HeaderFields.Apply(_pairs.Pairs, _table);
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
