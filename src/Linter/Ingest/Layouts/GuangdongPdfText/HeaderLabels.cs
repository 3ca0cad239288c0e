using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.GuangdongPdfText;

/// <summary>The text header fields of a 广东 goal table and the labels that introduce them.</summary>
internal static class HeaderLabels
{
    private static readonly Dictionary<string, Action<TableHeader, TextField>> Setters = new(StringComparer.Ordinal)
    {
        ["项目名称"] = (h, v) => h.ProjectName = v,
        ["项目编码"] = (h, v) => h.ProjectCode = v,
        ["项目编号"] = (h, v) => h.ProjectCode = v,
        ["项目类型"] = (h, v) => h.ProjectType = v,
        ["项目等级"] = (h, v) => h.ProjectLevel = v,
        ["主管部门"] = (h, v) => h.SupervisingDepartment = v,
        ["用款单位"] = (h, v) => h.SpendingUnit = v,
        ["实施单位"] = (h, v) => h.SpendingUnit = v,
        ["填报单位"] = (h, v) => h.SpendingUnit = v,
        ["预算单位"] = (h, v) => h.SpendingUnit = v,
        ["联系人"] = (h, v) => h.ContactPerson = v,
        ["联系电话"] = (h, v) => h.ContactPhone = v,
        ["联系邮箱"] = (h, v) => h.ContactEmail = v,
    };

    public static bool IsKnown(string label) => Setters.ContainsKey(label);

    /// <summary>Sets the field <paramref name="label"/> names; labels without a field are kept in <see cref="TableHeader.Other"/>.</summary>
    public static void Set(TableHeader header, string label, TextField value)
    {
        if (Setters.TryGetValue(label, out var set))
        {
            set(header, value);
        }
        else
        {
            header.Other.Add(new LabelledField(label, value));
        }
    }
}
