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
    private readonly PerformanceTable table;
    private readonly IngestContext context;
    private readonly SideColumns _side;
    private readonly TaskBlock _tasks;
    private string _unit = "元";
    private string? _rowUnit;

    public FormFields(PerformanceTable table, IngestContext context)
    {
        (this.table, this.context) = (table, context);
        _side = new SideColumns(Set, SetCycle);
        _tasks = new TaskBlock(table, context);
    }

    /// <summary>Reads rows [from, to) of a table outside its indicator block.</summary>
    public void Read(IReadOnlyList<Row> rows, int from, int to)
    {
        // A unit line (单位：万元) holds for the whole table, wherever it is printed.
        for (var i = from; i < to; i++)
        {
            if (rows[i].Cells.Where(c => !c.IsBlank).Take(2).ToArray() is [var only] && UnitLine(only.Text) is { } unit)
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

            var cells = Split(rows[i].Cells.Where(c => !c.IsBlank)).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            if (cells.Count == 1 && UnitLine(cells[0].Text) is not null)
            {
                continue;
            }

            if (cells.Count == 1 && YearLine.Of(cells[0]) is { } year)
            {
                table.Header.BudgetYear ??= year;
                continue;
            }

            foreach (var (label, value) in Pairs(cells, IsLabel))
            {
                // A label alone on its line takes the next line (or paragraph) as its value.
                if ((value ?? (cells.Count == 1 ? NextValue(rows, ref i, to) : null)) is { } found)
                {
                    Set(label, found);
                }
            }
        }
    }

    /// <summary>
    /// Reads one header row of a grid form: every header label sets its field from the cell after it
    /// (amounts in <paramref name="unit"/> when their label states none); a row with no label but a
    /// label-and-value shape is kept in <see cref="TableHeader.Other"/>; a year line (（2025年度）) sets the
    /// budget year; anything else is reported.
    /// </summary>
    public void ReadRow(Row row, string? unit)
    {
        _rowUnit = unit;
        var filled = row.Filled.ToArray();
        var labelled = false;
        foreach (var (label, value) in Pairs(filled, text => HeaderFieldMap.Find(text) is not null))
        {
            labelled = true;
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

    /// <summary>Each label among <paramref name="cells"/> with the cell after it, or null when that is another label or there is none.</summary>
    private static IEnumerable<(Cell Label, Cell? Value)> Pairs(IReadOnlyList<Cell> cells, Func<string, bool> isLabel)
    {
        for (var k = 0; k < cells.Count; k++)
        {
            if (isLabel(cells[k].Text))
            {
                var value = k + 1 < cells.Count && !isLabel(cells[k + 1].Text) ? cells[k + 1] : null;
                yield return (cells[k], value);
                k += value is null ? 0 : 1;
            }
        }
    }

    private static bool IsLabel(string text) =>
        text.Length <= 30 && (HeaderFieldMap.Find(text) is not null || Vocabulary.Current.GoalOf(text) is not null);

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
            HeaderFieldMap.Set(table.Header, field, label, value, new GridHeaderValues(context, _rowUnit ?? _unit));
            if (field == HeaderField.Budget && GridNumbers.LeadingYear(label.Text) is { } year)
            {
                // The year a budget label states (2023年预算金额) is the budget's, over a year line under the title.
                table.Header.BudgetYear = new NumberField(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), label.At);
            }
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

    /// <summary>The next filled row's only cell, when it is no label; <paramref name="i"/> moves past it.</summary>
    private static Cell? NextValue(IReadOnlyList<Row> rows, ref int i, int to)
    {
        for (var j = i + 1; j < to; j++)
        {
            var filled = rows[j].Cells.Where(c => !c.IsBlank).ToArray();
            if (filled.Length == 0)
            {
                continue;
            }

            if (filled.Length == 1 && !IsLabel(filled[0].Text) && UnitLine(filled[0].Text) is null)
            {
                i = j;
                return filled[0];
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Cells split after a known label that ends at a colon or a space (项目名称：某某项目, 项目名称 某某项目
    /// ⇒ 项目名称 | 某某项目).
    /// </summary>
    private static IEnumerable<Cell> Split(IEnumerable<Cell> cells)
    {
        foreach (var cell in cells)
        {
            var colon = cell.Text.IndexOfAny([':', '：', ' ', '\u3000']);
            if (colon > 0 && colon < cell.Text.Length - 1 && IsLabel(cell.Text[..colon]))
            {
                yield return cell with { Text = cell.Text[..colon] };
                var rest = cell.Text[(colon + 1)..];
                var lead = rest.Length - rest.TrimStart().Length;
                yield return new Cell(rest.Trim(), cell.At with { Column = cell.At.Column + colon + 1 + lead });
            }
            else
            {
                yield return cell;
            }
        }
    }

    private static string? UnitLine(string text)
    {
        var key = CellText.Squeeze(text);
        return key.StartsWith("单位", StringComparison.Ordinal) || key.StartsWith("金额单位", StringComparison.Ordinal) ? Vocabulary.Current.MoneyUnitIn(key) : null;
    }
}
