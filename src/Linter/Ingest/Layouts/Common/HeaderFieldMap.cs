using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Common;

/// <summary>
/// The header labels every layout uses and the <see cref="TableHeader"/> field each names. Labels
/// are compared squeezed, without a trailing colon, 其中：, a leading year (2023年预算金额) or a
/// bracketed unit (（元）); how a layout finds the value is its own business.
/// </summary>
internal static partial class HeaderFieldMap
{
    private static readonly Dictionary<string, HeaderField> Fields = new(StringComparer.Ordinal)
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
        ["年度预算数"] = HeaderField.Budget,
        ["项目金额"] = HeaderField.Budget,
        ["评价金额"] = HeaderField.Budget,
        ["财政资金"] = HeaderField.FiscalFunds,
        ["其他资金"] = HeaderField.OtherFunds,
        ["资金用途"] = HeaderField.FundUse,
        ["预算规模及资金用途"] = HeaderField.FundUse,
        ["联系人"] = HeaderField.ContactPerson,
        ["联系电话"] = HeaderField.ContactPhone,
        ["联系邮箱"] = HeaderField.ContactEmail,
        ["电子邮箱"] = HeaderField.ContactEmail,
    };

    /// <summary>The field a label cell names, or null when it names none GoalLint knows.</summary>
    public static HeaderField? Find(string label) =>
        Fields.TryGetValue(Decorations().Replace(LabelText.Key(label), ""), out var field) ? field : null;

    /// <summary>
    /// Sets <paramref name="field"/> from its value cell, read as the field needs (text, year or
    /// amount); false when the field holds no value (<see cref="HeaderField.Group"/>).
    /// </summary>
    public static bool Set(TableHeader header, HeaderField field, Cell label, Cell value, IHeaderValues values)
    {
        switch (field)
        {
            case HeaderField.CycleStartYear: header.CycleStartYear = values.Year(value); break;
            case HeaderField.CycleEndYear: header.CycleEndYear = values.Year(value); break;
            case HeaderField.Budget: header.Budget = values.Amount(label, value); break;
            case HeaderField.FiscalFunds: header.FiscalFunds = values.Amount(label, value); break;
            case HeaderField.OtherFunds: header.OtherFunds = values.Amount(label, value); break;
            default: return SetText(header, field, values.Text(value));
        }

        return true;
    }

    /// <summary>Sets a field that holds text as written; false for fields that hold a number or an amount, or none.</summary>
    public static bool SetText(TableHeader header, HeaderField field, TextField value)
    {
        switch (field)
        {
            case HeaderField.ProjectName: header.ProjectName = value; break;
            case HeaderField.ProjectCode: header.ProjectCode = value; break;
            case HeaderField.ProjectType: header.ProjectType = value; break;
            case HeaderField.ProjectLevel: header.ProjectLevel = value; break;
            case HeaderField.SupervisingDepartment: header.SupervisingDepartment = value; break;
            case HeaderField.SpendingUnit: header.SpendingUnit = value; break;
            case HeaderField.FundUse: header.FundUse = value; break;
            case HeaderField.ContactPerson: header.ContactPerson = value; break;
            case HeaderField.ContactPhone: header.ContactPhone = value; break;
            case HeaderField.ContactEmail: header.ContactEmail = value; break;
            default: return false;
        }

        return true;
    }

    /// <summary>What surrounds the core of a label: 其中：, a leading year, a trailing unit.</summary>
    [GeneratedRegex("^其中[：:]*|^(19|20)\\d{2}年(度)?|[（(][^）)]*[)）]$", RegexOptions.NonBacktracking)]
    private static partial Regex Decorations();
}
