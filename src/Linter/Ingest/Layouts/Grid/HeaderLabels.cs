using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>The header fields grid forms carry.</summary>
internal enum HeaderField
{
    /// <summary>A label that introduces other cells (实施周期) and holds no value itself.</summary>
    Group,
    ProjectName,
    ProjectCode,
    ProjectType,
    ProjectLevel,
    SupervisingDepartment,
    SpendingUnit,
    CycleStartYear,
    CycleEndYear,
    Budget,
    FiscalFunds,
    OtherFunds,
    ContactPerson,
    ContactPhone,
    ContactEmail,
}

/// <summary>
/// Header labels of the grid forms and the cells they label. A label's value is the next filled
/// cell before the next label, so 实施周期 | 起始年度 | 2021 | 到期年度 | 2024 reads as two fields.
/// Labels are compared squeezed, without 其中：, a leading year (2023年预算金额) or a unit (（元）).
/// </summary>
internal static partial class HeaderLabels
{
    private static readonly Dictionary<string, HeaderField> Fields = new()
    {
        ["实施周期"] = HeaderField.Group,
        ["项目名称"] = HeaderField.ProjectName,
        ["项目编码"] = HeaderField.ProjectCode,
        ["项目编号"] = HeaderField.ProjectCode,
        ["项目类型"] = HeaderField.ProjectType,
        ["项目类别"] = HeaderField.ProjectType,
        ["项目等级"] = HeaderField.ProjectLevel,
        ["项目级次"] = HeaderField.ProjectLevel,
        ["主管部门"] = HeaderField.SupervisingDepartment,
        ["主管单位"] = HeaderField.SupervisingDepartment,
        ["实施单位"] = HeaderField.SpendingUnit,
        ["用款单位"] = HeaderField.SpendingUnit,
        ["预算单位"] = HeaderField.SpendingUnit,
        ["填报单位"] = HeaderField.SpendingUnit,
        ["起始年度"] = HeaderField.CycleStartYear,
        ["开始年度"] = HeaderField.CycleStartYear,
        ["到期年度"] = HeaderField.CycleEndYear,
        ["结束年度"] = HeaderField.CycleEndYear,
        ["预算金额"] = HeaderField.Budget,
        ["预算数"] = HeaderField.Budget,
        ["项目金额"] = HeaderField.Budget,
        ["评价金额"] = HeaderField.Budget,
        ["财政资金"] = HeaderField.FiscalFunds,
        ["其他资金"] = HeaderField.OtherFunds,
        ["联系人"] = HeaderField.ContactPerson,
        ["联系电话"] = HeaderField.ContactPhone,
        ["联系邮箱"] = HeaderField.ContactEmail,
        ["电子邮箱"] = HeaderField.ContactEmail,
    };

    public static HeaderField? Find(string text) =>
        Fields.TryGetValue(Decorations().Replace(GridText.Label(text), ""), out var field) ? field : null;

    /// <summary>
    /// Reads a header row: every known label sets its field; a row with no known label but a
    /// label-and-value shape is kept in <see cref="TableHeader.Other"/>; anything else is reported.
    /// </summary>
    public static void Read(Row row, TableHeader header, IngestContext context)
    {
        var pairs = Pairs(row).ToArray();
        foreach (var (field, label, value) in pairs)
        {
            Assign(header, field, label, value, context);
        }

        var filled = row.Filled.ToArray();
        if (pairs.Length > 0)
        {
            return;
        }

        if (filled.Length >= 2)
        {
            var value = new TextCollector();
            value.AddRange(filled.Skip(1));
            header.Other.Add(new LabelledField(GridText.Unwrap(filled[0].Text), value.ToField()!));
        }
        else
        {
            context.Report("unplaced-row", $"Line {row.Line} of the table header has no label GoalLint knows; it was not read.", row.At, GridText.Joined(row));
        }
    }

    /// <summary>The labelled cells of a row: each label with its value cell (null when the label stands alone).</summary>
    public static IEnumerable<(HeaderField Field, Cell Label, Cell? Value)> Pairs(Row row)
    {
        (HeaderField Field, Cell Label)? pending = null;
        foreach (var cell in row.Filled)
        {
            if (Find(cell.Text) is { } field)
            {
                if (pending is { } open)
                {
                    yield return (open.Field, open.Label, null);
                }

                pending = (field, cell);
            }
            else if (pending is { } open)
            {
                yield return (open.Field, open.Label, cell);
                pending = null;
            }
        }

        if (pending is { } last)
        {
            yield return (last.Field, last.Label, null);
        }
    }

    /// <summary>Sets a header field from its value cell; a blank value leaves the field unset.</summary>
    public static void Assign(TableHeader header, HeaderField field, Cell label, Cell? value, IngestContext context)
    {
        if (value is null)
        {
            return;
        }

        var text = GridText.Field(value);
        switch (field)
        {
            case HeaderField.ProjectName: header.ProjectName = text; break;
            case HeaderField.ProjectCode: header.ProjectCode = text; break;
            case HeaderField.ProjectType: header.ProjectType = text; break;
            case HeaderField.ProjectLevel: header.ProjectLevel = text; break;
            case HeaderField.SupervisingDepartment: header.SupervisingDepartment = text; break;
            case HeaderField.SpendingUnit: header.SpendingUnit = text; break;
            case HeaderField.ContactPerson: header.ContactPerson = text; break;
            case HeaderField.ContactPhone: header.ContactPhone = text; break;
            case HeaderField.ContactEmail: header.ContactEmail = text; break;
            case HeaderField.CycleStartYear: header.CycleStartYear = GridNumbers.Number(value, context); break;
            case HeaderField.CycleEndYear: header.CycleEndYear = GridNumbers.Number(value, context); break;
            case HeaderField.FiscalFunds: header.FiscalFunds = GridNumbers.Money(value, GridNumbers.UnitIn(label.Text), context); break;
            case HeaderField.OtherFunds: header.OtherFunds = GridNumbers.Money(value, GridNumbers.UnitIn(label.Text), context); break;
            case HeaderField.Budget:
                header.Budget = GridNumbers.Money(value, GridNumbers.UnitIn(label.Text), context);
                if (GridNumbers.LeadingYear(label.Text) is { } year)
                {
                    header.BudgetYear = new NumberField(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), label.At);
                }

                break;
        }
    }

    /// <summary>What surrounds the core of a label: 其中：, a leading year, a trailing unit.</summary>
    [GeneratedRegex("^其中[：:]?|^(19|20)\\d{2}年(度)?|[（(][^）)]*[)）]$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Decorations();
}
