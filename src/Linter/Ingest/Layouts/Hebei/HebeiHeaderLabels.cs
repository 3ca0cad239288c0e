using System.Globalization;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Hebei;

/// <summary>The header fields of a 河北 项目绩效目标表 and the labels that introduce them.</summary>
internal enum HebeiField
{
    ProjectName,
    ProjectCode,
    ProjectType,
    ProjectLevel,
    SupervisingDepartment,
    SpendingUnit,
    Budget,
    FiscalFunds,
    OtherFunds,
    FundUse,
    ContactPerson,
    ContactPhone,
}

/// <summary>Maps header labels onto <see cref="TableHeader"/> fields; amounts are in the table's unit (万元 by default).</summary>
internal static class HebeiHeaderLabels
{
    private static readonly Dictionary<string, HebeiField> Fields = new()
    {
        ["项目名称"] = HebeiField.ProjectName,
        ["项目编号"] = HebeiField.ProjectCode,
        ["项目编码"] = HebeiField.ProjectCode,
        ["项目类型"] = HebeiField.ProjectType,
        ["项目类别"] = HebeiField.ProjectType,
        ["项目等级"] = HebeiField.ProjectLevel,
        ["项目级次"] = HebeiField.ProjectLevel,
        ["主管部门"] = HebeiField.SupervisingDepartment,
        ["主管单位"] = HebeiField.SupervisingDepartment,
        ["实施单位"] = HebeiField.SpendingUnit,
        ["用款单位"] = HebeiField.SpendingUnit,
        ["预算单位"] = HebeiField.SpendingUnit,
        ["填报单位"] = HebeiField.SpendingUnit,
        ["预算数"] = HebeiField.Budget,
        ["预算金额"] = HebeiField.Budget,
        ["年度预算数"] = HebeiField.Budget,
        ["财政资金"] = HebeiField.FiscalFunds,
        ["其他资金"] = HebeiField.OtherFunds,
        ["资金用途"] = HebeiField.FundUse,
        ["预算规模及资金用途"] = HebeiField.FundUse,
        ["联系人"] = HebeiField.ContactPerson,
        ["联系电话"] = HebeiField.ContactPhone,
    };

    /// <summary>The field a label cell introduces; 其中：财政资金 counts as 财政资金.</summary>
    public static HebeiField? Find(string cell)
    {
        var label = HebeiText.Label(cell);
        if (label.StartsWith("其中", StringComparison.Ordinal))
        {
            label = label[2..].TrimStart('：', ':');
        }

        return Fields.TryGetValue(label, out var field) ? field : null;
    }

    /// <summary>Sets <paramref name="field"/> from a value cell; an amount that is not a number is reported, not guessed.</summary>
    public static void Assign(TableHeader header, HebeiField field, Cell value, string unit, IngestContext context)
    {
        var text = new TextField(HebeiText.Unwrap(value.Text), value.At);
        switch (field)
        {
            case HebeiField.ProjectName: header.ProjectName = text; break;
            case HebeiField.ProjectCode: header.ProjectCode = text; break;
            case HebeiField.ProjectType: header.ProjectType = text; break;
            case HebeiField.ProjectLevel: header.ProjectLevel = text; break;
            case HebeiField.SupervisingDepartment: header.SupervisingDepartment = text; break;
            case HebeiField.SpendingUnit: header.SpendingUnit = text; break;
            case HebeiField.FundUse: header.FundUse = text; break;
            case HebeiField.ContactPerson: header.ContactPerson = text; break;
            case HebeiField.ContactPhone: header.ContactPhone = text; break;
            case HebeiField.Budget: header.Budget = Money(text, unit, context); break;
            case HebeiField.FiscalFunds: header.FiscalFunds = Money(text, unit, context); break;
            case HebeiField.OtherFunds: header.OtherFunds = Money(text, unit, context); break;
        }
    }

    private static MoneyField? Money(TextField text, string unit, IngestContext context)
    {
        var raw = text.Text.Replace(",", "").Replace("，", "");
        if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return new MoneyField(amount * Multiplier(unit), text.Text, unit, text.At);
        }

        context.Report("unparsed-amount", $"The amount \"{text.Text}\" is not a number; it was not read.", text.At, text.Text);
        return null;
    }

    private static decimal Multiplier(string unit) => unit switch
    {
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => 1m,
    };
}
