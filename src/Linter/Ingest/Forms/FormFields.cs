using GoalLint.Ingest.Forms.Blocks;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Label–value header fields and goals wherever they sit: the value in the next cell, in the same
/// cell after a colon (项目名称：…), or on the next line or paragraph when the label stands alone.
/// A money unit line (单位：万元, 金额单位：万元) sets the unit of the amounts after it. The generic reader
/// reads the rows outside an indicator block (<see cref="Read"/>); a grid form reads its header rows one
/// by one (<see cref="ReadRow"/>).
/// </summary>
internal sealed class FormFields
{
    private static readonly IReadOnlySet<Cell> NoCells = new HashSet<Cell>();

    private readonly PerformanceTable table;
    private readonly IngestContext context;
    private readonly SideColumns _side;
    private readonly TaskBlock _tasks;
    private readonly GoalRows _goalRows;
    private string _unit = "元";
    private string? _rowUnit;

    // Whether the cycle's amounts stand left of the year's in rows of label–value pairs (实施期资金总额 | 1120 | 年度资金总额 | 386.4).
    private bool _cycleFirst;

    public FormFields(PerformanceTable table, IngestContext context)
    {
        (this.table, this.context) = (table, context);
        _side = new SideColumns(Set, SetCycle);
        _tasks = new TaskBlock(table, context);
        _goalRows = new GoalRows(table.Goals);
    }

    /// <summary>Reads rows [from, to) of a table outside its indicator block.</summary>
    public void Read(IReadOnlyList<Row> rows, int from, int to)
    {
        // A unit line (单位：万元), or a unit clause after a field (填报单位：某局　　单位：万元), holds for the whole table, wherever it is printed.
        for (var i = from; i < to; i++)
        {
            if (FieldCells.UnitIn(FieldCells.Split(rows[i].Filled)) is { } unit)
            {
                _unit = unit;
            }
        }

        var rowUnit = new RowLabelUnit();
        for (var i = from; i < to; i++)
        {
            context.CheckTime();
            _rowUnit = rowUnit.Of(rows[i]);
            if (_side.Read(rows, ref i, to) || _tasks.Read(rows, ref i, to, _rowUnit ?? _unit))
            {
                continue;
            }

            if (SpendingPlan.IsHeader(rows[i]) && SpendingPlan.ReadPeriods(rows[i], table.Header, context))
            {
                continue;
            }

            if (_goalRows.Continue(rows[i], i))
            {
                continue;
            }

            if (AmountsUnder.At(rows, i, to) is { } amounts)
            {
                foreach (var (label, value, field) in amounts)
                {
                    SetField(label, value, field);
                }

                i++;
                continue;
            }

            var cells = FieldCells.Split(rows[i].Cells.Where(c => !c.IsBlank)).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            // The unit was read above, a line of its own or a clause after a field (部门名称：某局　　单位：万元).
            cells.RemoveAll(c => FieldCells.UnitLine(c.Text) is not null);
            if (cells.Count == 0)
            {
                continue;
            }

            if (cells.Count == 1 && YearLine.Of(cells[0]) is { } year)
            {
                table.Header.BudgetYear ??= year;
                continue;
            }

            if (IsFundsColumnHeader(cells))
            {
                continue;
            }

            DropTotalWord(cells);

            var pairs = FieldCells.Pairs(cells, FieldCells.IsLabel).ToList();
            var cycleCopies = CycleCopies(pairs);
            foreach (var (cell, value) in pairs)
            {
                // A label alone on its line takes the next line (or paragraph) as its value, and a note wrapped under it.
                var label = cells.Count == 1 ? LoneLabel.WithNote(cell, rows, ref i, to) : cell;
                _rowUnit = label == cell ? _rowUnit : rowUnit.Label(label.Text);
                NoteUnit(label);
                if ((value ?? (cells.Count == 1 ? LoneLabel.Value(rows, ref i, to) : null)) is { } found)
                {
                    if (cycleCopies.Contains(cell))
                    {
                        SetCycle(label, found);
                    }
                    else
                    {
                        Set(label, found);
                    }

                    _goalRows.Read(label, found, i);
                }
            }
        }
    }

    /// <summary>
    /// A funds table's column header (资金情况（万元） | 年度金额 | 备注): a fund block's label, then an amount's label naming the column
    /// the amounts stand in, and no figure in the row. Its amounts are in the rows under it, each by its own label (its unit
    /// is read by <see cref="RowLabelUnit"/>); the next column's label (备注) is no amount of the one before it.
    /// </summary>
    /// <remarks>
    /// Two cells, an amount's label over the amount column (年度预算 | 金额（万元）, over 部门预算总额 | 1560.00), are such a
    /// header too: the column's word (金额, 数额) is no amount of the label.
    /// </remarks>
    private static bool IsFundsColumnHeader(List<Cell> cells) =>
        cells.TrueForAll(c => c.Text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        && (cells.Count >= 3
            && HeaderFieldMap.Find(cells[0].Text) == HeaderField.Funds
            && HeaderFieldMap.Find(cells[1].Text) is { } column && HeaderFieldMap.HoldsAmount(column)
            || cells.Count == 2
            && NamesMoney(cells[0].Text)
            && Vocabulary.Current.TaskColumnOf(cells[1].Text) == TaskColumn.Budget);

    /// <summary>Whether a label names money: a fund block (项目资金) or an amount (年度预算, 财政资金).</summary>
    private static bool NamesMoney(string label) =>
        HeaderFieldMap.Find(label) is { } field && (field == HeaderField.Funds || HeaderFieldMap.HoldsAmount(field));

    /// <summary>
    /// The row's cells less a total word between an amount's label and its amount (年度预算（万元） | 合计 | 1,286.40, the
    /// 基本支出 and 项目支出 lines under it): the amount is the label's, the word only names the block's total line.
    /// </summary>
    private static void DropTotalWord(List<Cell> cells)
    {
        for (var k = 1; k + 1 < cells.Count; k++)
        {
            if (Vocabulary.Current.TaskColumnOf(cells[k].Text) == TaskColumn.Total
                && NamesMoney(cells[k - 1].Text)
                && GridNumbers.IsNumberLike(cells[k + 1].Text))
            {
                cells.RemoveAt(k);
                return;
            }
        }
    }

    /// <summary>
    /// Reads a grid form's row of side-by-side cycle and year labels, or the values under them
    /// (<see cref="SideColumns"/>), amounts in <paramref name="unit"/> when their label states none;
    /// false when the row is neither.
    /// </summary>
    public bool ReadSide(Row row, string? unit)
    {
        _rowUnit = unit;
        var i = 0;
        return _side.Read([row], ref i, 1);
    }

    /// <summary>
    /// Reads one header row of a grid form: every header label sets its field from the cell after it
    /// (amounts in <paramref name="unit"/> when their label states none); a row with no label but a
    /// label-and-value shape (two cells, or one cell 填报日期：…) is kept in <see cref="TableHeader.Other"/>; a unit
    /// line (单位：万元) sets the unit of the amounts after it; a year line (（2025年度）) sets the
    /// budget year; anything else is reported.
    /// </summary>
    public void ReadRow(Row row, string? unit)
    {
        _rowUnit = unit;
        var filled = FieldCells.Split(row.Filled).ToArray();
        if (FieldCells.UnitIn(filled) is { } tableUnit)
        {
            // A unit line, or a unit clause after a field (部门名称：某局　　单位：万元): the unit of the amounts after it.
            _unit = tableUnit;
            filled = [.. filled.Where(c => FieldCells.UnitLine(c.Text) is null)];
            if (filled.Length == 0)
            {
                return;
            }
        }

        var labelled = false;
        foreach (var (label, value) in FieldCells.Pairs(filled, text => HeaderFieldMap.Find(text) is not null))
        {
            labelled = true;
            NoteUnit(label);
            if (value is not null)
            {
                Set(label, value);
            }
        }

        if (labelled)
        {
            return;
        }

        if (filled.Length == 1 && YearLine.Of(filled[0]) is { } year)
        {
            table.Header.BudgetYear ??= year;
        }
        else if (filled.Length == 1 && FieldCells.OtherFields(filled[0]) is { Count: > 0 } fields)
        {
            table.Header.Other.AddRange(fields.Select(f => new LabelledField(f.Label.Text, GridText.Field(f.Value))));
        }
        else if (filled.Length >= 2)
        {
            var value = new WrappedField();
            value.AddRange(GridText.Fields(filled.Skip(1)));
            table.Header.Other.Add(new LabelledField(GridText.Unwrap(filled[0].Text), value.ToField()!));
        }
        else
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.header-line", ("line", row.Line)), row.At, RowText.Joined(row));
        }
    }

    private void Set(Cell label, Cell value)
    {
        if (Vocabulary.Current.GoalOf(label.Text) is { } goal)
        {
            var text = GridText.Field(value);
            switch (goal)
            {
                case GoalField.CycleGoal: table.Goals.CycleGoal ??= text; break;
                case GoalField.AnnualGoal: table.Goals.AnnualGoal ??= text; table.Goals.AnnualGoalLabel ??= GridText.Field(label); break;
                case GoalField.ExpectedGoal: table.Goals.ExpectedGoal ??= text; break;
                case GoalField.ActualOutcome: table.Goals.ActualOutcome ??= text; break;
            }
        }
        else if (HeaderFieldMap.Find(label.Text) is { } field)
        {
            SetField(label, value, field);
        }
    }

    /// <summary>Sets a header field from its value cell, amounts in the unit of their row or the table.</summary>
    private void SetField(Cell label, Cell value, HeaderField field)
    {
        HeaderFieldMap.Set(table.Header, field, label, value, new GridHeaderValues(context, _rowUnit ?? _unit));
        if (field == HeaderField.Budget && GridNumbers.LeadingYear(label.Text) is { } year)
        {
            // The year a budget label states (2023年预算金额) is the budget's, over a year line under the title.
            table.Header.BudgetYear = new NumberField(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), label.At);
        }
    }

    /// <summary>
    /// The cycle's copies in a row of label–value pairs that states an amount twice, the year's and the cycle's side by side
    /// (年度资金总额 | 386.4 | 实施期资金总额 | 1120, then 其中：财政拨款 | 300 | 其中：财政拨款 | 870): kept by their label, never
    /// over the year's field. The cycle's side is the one its total took in the row that named both totals; until a row
    /// does, the year's is the first.
    /// </summary>
    private IReadOnlySet<Cell> CycleCopies(List<(Cell Label, Cell? Value)> pairs)
    {
        if (pairs.Count < 2)
        {
            return NoCells;
        }

        var fields = pairs.Select(p => HeaderFieldMap.Find(p.Label.Text)).ToList();
        var (year, cycle) = (fields.IndexOf(HeaderField.Budget), fields.IndexOf(HeaderField.CycleBudget));
        _cycleFirst = year >= 0 && cycle >= 0 ? cycle < year : _cycleFirst;
        var copies = new HashSet<Cell>();
        // Only a field that holds one amount: a row of further sources (区级财政资金 | 2500 | 市级补助资金 | 600) lists them all.
        foreach (var field in fields.OfType<HeaderField>().Distinct().Where(f => HeaderFieldMap.HoldsAmount(f) && f is not (HeaderField.FundSource or HeaderField.CycleBudget)))
        {
            var at = Enumerable.Range(0, fields.Count).Where(k => fields[k] == field).ToArray();
            if (at.Length == 2)
            {
                copies.Add(pairs[_cycleFirst ? at[0] : at[1]].Label);
            }
        }

        return copies;
    }

    /// <summary>
    /// A fund block's or an amount's label that states a unit mid-row (实施周期 | 2026年 | 项目资金（万元） | 年度资金总额：560;
    /// 预算金额（万元）：330.00 其中：区级财政资金 300.00) scales the amounts after it that state none.
    /// </summary>
    private void NoteUnit(Cell label)
    {
        if (HeaderFieldMap.Find(label.Text) is { } field && HeaderFieldMap.HoldsAmount(field) && Money.UnitIn(label.Text) is { } unit)
        {
            _rowUnit = unit;
        }
    }

    /// <summary>The cycle's side of a side-by-side pair (<see cref="SideColumns"/>): its goal, or its amount kept by its label.</summary>
    private void SetCycle(Cell label, Cell value)
    {
        if (Vocabulary.Current.GoalOf(label.Text) is not null)
        {
            Set(label, value);
        }
        else
        {
            table.Header.Other.Add(new LabelledField(label.Text, GridText.Field(value)));
        }
    }
}
