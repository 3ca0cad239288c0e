using GoalLint.Model;

namespace GoalLint.Serve.Checking;

/// <summary>One cell of a table as read: its text and where the reader found it.</summary>
/// <param name="Text">The cell as written.</param>
/// <param name="Line">Source line (spreadsheet row); 0 when unknown.</param>
/// <param name="Column">Source column; 0 when unknown.</param>
/// <param name="Cell">Sheet!A1 for spreadsheet sources, else null.</param>
/// <param name="Label">A label the form prints (项目名称, 一级指标), not a value the unit wrote.</param>
public sealed record GridCell(string Text, int Line, int Column, string? Cell, bool Label = false)
{
    /// <summary>Whether a finding located at (line, col, Sheet!A1) points at this cell.</summary>
    public bool IsAt(int line, int column, string? cell) =>
        cell is not null ? string.Equals(Cell, cell, StringComparison.Ordinal) : line > 0 && Line == line && Column == column;
}

/// <summary>
/// A table as the reviewer sees it beside its findings: the header facts, the goals and the
/// indicator grid, each cell with its source location so a finding's cell can be highlighted.
/// Built from the located model every reader produces, so every layout and format renders alike.
/// </summary>
public static class SourceGrid
{
    public static IReadOnlyList<IReadOnlyList<GridCell>> Of(PerformanceTable table)
    {
        var rows = new List<IReadOnlyList<GridCell>>();
        if (table.Title is { IsBlank: false } title)
        {
            rows.Add([Cell(title)]);
        }

        var h = table.Header;
        Fact(rows, "项目名称", h.ProjectName);
        Fact(rows, "项目编码", h.ProjectCode);
        Fact(rows, "主管部门", h.SupervisingDepartment);
        Fact(rows, "实施单位", h.SpendingUnit);
        Fact(rows, "项目类型", h.ProjectType);
        Fact(rows, "预算年度", h.BudgetYear is { } y ? new TextField(y.Raw, y.At) : null);
        Fact(rows, "预算金额", Amount(h.Budget));
        Fact(rows, "财政资金", Amount(h.FiscalFunds));
        Fact(rows, "其他资金", Amount(h.OtherFunds));
        foreach (var source in h.FundSources ?? [])
        {
            Fact(rows, source.Name, Amount(source.Amount));
        }

        Fact(rows, "实施周期起", h.CycleStartYear is { } s ? new TextField(s.Raw, s.At) : null);
        Fact(rows, "实施周期止", h.CycleEndYear is { } e ? new TextField(e.Raw, e.At) : null);
        Fact(rows, "联系人", h.ContactPerson);
        Fact(rows, "联系电话", h.ContactPhone);
        foreach (var other in h.Other)
        {
            Fact(rows, other.Label, other.Value);
        }

        Fact(rows, "实施周期总目标", table.Goals.CycleGoal);
        Fact(rows, table.Goals.AnnualGoalLabel?.Text ?? "年度目标", table.Goals.AnnualGoal);
        Fact(rows, "预期目标", table.Goals.ExpectedGoal);
        Fact(rows, "实际完成情况", table.Goals.ActualOutcome);
        foreach (var fund in table.Funds)
        {
            rows.Add([Cell(fund.Label, label: true), Number(fund.AnnualBudget), Number(fund.Executed), Number(fund.ExecutionRate), Number(fund.Score)]);
        }

        Indicators(rows, table);
        return rows;
    }

    private static readonly (string Label, Func<Indicator, TextField?> Read)[] Columns =
    [
        ("一级指标", i => i.Level1),
        ("二级指标", i => i.Level2),
        ("三级指标", i => i.Name),
        ("指标描述", i => i.Description),
        ("计算公式", i => i.Formula),
        ("实施周期指标值", i => i.CycleValue?.Raw),
        ("年度指标值", i => i.AnnualValue?.Raw),
        ("指标值确定依据", i => i.ValueBasis),
        ("实际完成值", i => i.ActualValue?.Raw),
        ("分值", i => i.Weight is { } w ? new TextField(w.Raw, w.At) : null),
        ("评分标准", i => i.ScoringStandard),
        ("得分", i => i.Score is { } s ? new TextField(s.Raw, s.At) : null),
        ("偏差原因", i => i.DeviationReason),
    ];

    /// <summary>The indicator grid, with only the columns this form fills.</summary>
    private static void Indicators(List<IReadOnlyList<GridCell>> rows, PerformanceTable table)
    {
        if (table.Indicators.Count == 0)
        {
            return;
        }

        var used = Columns.Where(c => c.Label is "一级指标" or "二级指标" or "三级指标" || table.Indicators.Any(i => c.Read(i) is not null)).ToArray();
        rows.Add(used.Select(c => new GridCell(c.Label, 0, 0, null, Label: true)).ToArray());
        foreach (var indicator in table.Indicators)
        {
            rows.Add(used.Select(c => c.Read(indicator) is { } field ? Cell(field) : new GridCell("", indicator.At.Line, 0, null)).ToArray());
        }
    }

    /// <summary>An amount as the form wrote it, with the unit it was read in (268 万元).</summary>
    private static TextField? Amount(MoneyField? money) => money is null ? null : new TextField($"{money.Raw} {money.Unit}", money.At);

    private static void Fact(List<IReadOnlyList<GridCell>> rows, string label, TextField? value)
    {
        if (value is not null)
        {
            rows.Add([new GridCell(label, value.At.Line, 0, null, Label: true), Cell(value)]);
        }
    }

    private static GridCell Cell(TextField field, bool label = false) =>
        new(field.Text, field.At.Line, field.At.Column, field.At.Cell is null ? null : $"{field.At.Sheet}!{field.At.Cell}", label);

    private static GridCell Number(NumberField? field) => field is null ? new GridCell("", 0, 0, null) : Cell(new TextField(field.Raw, field.At));
}
