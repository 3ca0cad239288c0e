using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Label–value header fields and goals wherever they sit: the value in the next cell, in the same
/// cell after a colon (项目名称：…), or on the next line or paragraph when the label stands alone.
/// A money unit line (单位：万元, 金额单位：万元) sets the unit of the amounts after it.
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

            for (var k = 0; k < cells.Count; k++)
            {
                if (!IsLabel(cells[k].Text))
                {
                    continue;
                }

                // A label alone on its line takes the next line (or paragraph) as its value.
                var value = k + 1 < cells.Count ? cells[k + 1] : cells.Count == 1 ? NextValue(rows, ref i, to) : null;
                if (value is not null && !IsLabel(value.Text))
                {
                    Set(cells[k], value);
                    k++;
                }
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
            HeaderFieldMap.Set(table.Header, field, label, value, new FormHeaderValues(context, _rowUnit ?? _unit));
            if (field == HeaderField.Budget && GridNumbers.LeadingYear(label.Text) is { } year)
            {
                table.Header.BudgetYear ??= new NumberField(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), label.At);
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

    /// <summary>Header values as grid cells hold them; an amount whose label states no unit is in the table's unit line's.</summary>
    private sealed class FormHeaderValues(IngestContext context, string unit) : IHeaderValues
    {
        public TextField Text(Cell value) => GridText.Field(value);

        public NumberField? Year(Cell value) => GridNumbers.Number(value with { Text = value.Text.TrimEnd('年', '度') }, context);

        public MoneyField? Amount(Cell label, Cell value)
        {
            var text = CellText.Squeeze(value.Text);
            var written = MoneySuffixes.FirstOrDefault(s => text.EndsWith(s, StringComparison.Ordinal) && text.Length > s.Length);
            return written is null
                ? GridNumbers.Money(value, Money.UnitIn(label.Text) ?? unit, context)
                : GridNumbers.Money(value with { Text = text[..^written.Length] }, written, context);
        }

        private static readonly string[] MoneySuffixes = ["亿元", "万元", "千元", "元"];
    }
}
