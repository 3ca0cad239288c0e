using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// Reads a funds block written one row per year: its budget part (资金安排情况: the sources of
/// funds 中央及省级资金, 市本级资金 …, 资金合计, as columns) and its spending part (资金使用情况, the
/// same columns), the labels from the form's spec. Each column becomes a <see cref="FundLine"/>
/// with its budget and spending. <see cref="FundLine"/> has no year, so only the evaluation
/// year's rows are kept; other years are reported.
/// </summary>
internal sealed class YearFunds(SectionLabels labels, IngestContext context)
{
    private readonly SortedDictionary<int, Cell> _budgetLabels = [];
    private readonly SortedDictionary<int, Cell> _spendingLabels = [];
    // Each data row keeps the year column of the part header it was read under: a later header
    // may name another column, and the row may be shorter than that.
    private readonly List<YearRow> _data = [];
    private int _yearColumn = -1;
    private bool _spending;

    /// <summary>Reads one row; false when the row does not belong to the block.</summary>
    public bool TryRead(Row row)
    {
        if (row.Cells.Any(c => labels.IsFundsLabel(c.Text)))
        {
            ReadPartHeader(row);
            return true;
        }

        if (_yearColumn < 0 || _yearColumn >= row.Cells.Count)
        {
            return false;
        }

        var filled = row.Cells.Select((c, i) => (Cell: c, Index: i)).Where(c => !c.Cell.IsBlank).ToList();
        if (filled.All(c => c.Index > _yearColumn && SectionLabels.Number(c.Cell) is null))
        {
            AddLabels(filled.Select(c => c.Index), row);
            return true;
        }

        if (SectionLabels.Number(row.Cells[_yearColumn]) is not null && filled.All(c => c.Index >= _yearColumn))
        {
            _data.Add(new YearRow(_spending, row, _yearColumn));
            return true;
        }

        return false;
    }

    /// <summary>The lines, in column order, with the amounts of <paramref name="year"/> (or of the only year given).</summary>
    public IEnumerable<FundLine> Lines(decimal? year, string unit)
    {
        var lines = new SortedDictionary<int, FundLine>();
        foreach (var (column, label) in _spendingLabels.Concat(_budgetLabels))
        {
            lines[column] = new FundLine { Kind = Vocabulary.Current.FundLine(label.Text), Label = label.ToField(), Unit = unit };
        }

        foreach (var spending in new[] { false, true })
        {
            var rows = _data.Where(d => d.Spending == spending).ToList();
            var chosen = rows.FirstOrDefault(d => d.Year == year) ?? (rows.Count == 1 ? rows[0] : null);
            foreach (var (_, row, yearColumn) in rows.Where(d => d != chosen))
            {
                context.Report("unplaced-row", Message.Of("ingest.unplaced-row.other-year", ("year", row[yearColumn])), row.At, row.Raw);
            }

            if (chosen is not null)
            {
                Fill(chosen, lines);
            }
        }

        return lines.Values;
    }

    private void ReadPartHeader(Row row)
    {
        var year = -1;
        for (var i = 0; i < row.Cells.Count && year < 0; i++)
        {
            year = labels.IsYearLabel(row.Cells[i].Text) ? i : -1;
        }

        _yearColumn = year >= 0 ? year : _yearColumn;
        _spending = row.Cells.Any(c => labels.IsSpendingLabel(c.Text));
        var columns = row.Cells.Select((c, i) => (Cell: c, Index: i))
            .Where(c => _yearColumn >= 0 && c.Index > _yearColumn && !c.Cell.IsBlank && !labels.IsFundsLabel(c.Cell.Text))
            .Select(c => c.Index);
        AddLabels(columns, row);
    }

    private void AddLabels(IEnumerable<int> columns, Row row)
    {
        var target = _spending ? _spendingLabels : _budgetLabels;
        foreach (var column in columns)
        {
            target[column] = row.Cells[column];
        }
    }

    private void Fill(YearRow data, SortedDictionary<int, FundLine> lines)
    {
        var (spending, row, yearColumn) = data;
        for (var i = yearColumn + 1; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (cell.IsBlank)
            {
                continue;
            }

            var amount = SectionLabels.Number(cell);
            if (!lines.TryGetValue(i, out var line) || amount is null)
            {
                context.Report("unplaced-cell", Message.Of("ingest.unplaced-cell.funds", ("text", cell.Text)), cell.At, row.Raw);
            }
            else if (spending)
            {
                line.Executed = amount;
            }
            else
            {
                line.AnnualBudget = amount;
            }
        }
    }
}

/// <summary>A data row of the funds block, with the year column of the part header it was read under.</summary>
internal sealed record YearRow(bool Spending, Row Row, int YearColumn)
{
    public decimal? Year => SectionLabels.Number(Row.Cells[YearColumn])?.Value;
}
