using GoalLint.Check.Findings;

namespace GoalLint.Serve.Pages;

/// <summary>
/// The Chinese a reviewer reads for the workbench's ids: severities, finding categories, decisions
/// and roles. The ids stay ASCII in the database, URLs and exports.
/// </summary>
public static class Words
{
    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["vague-value"] = "指标值模糊",
        ["placeholder"] = "模板占位未填",
        ["missing-unit"] = "缺少或错用计量单位",
        ["wrong-direction"] = "比较方向错误",
        ["cost-mismatch"] = "成本指标不当",
        ["category-mismatch"] = "指标归类错误",
        ["copied-cycle-value"] = "年度值照抄周期值",
        ["year-mismatch"] = "年份矛盾",
        ["missing-indicator"] = "缺少必填指标",
        ["duplicate"] = "内容重复",
        ["arithmetic"] = "数字不合计",
        ["deviation-unexplained"] = "偏差未说明",
        ["truncated"] = "内容被截断",
        ["privacy"] = "个人信息",
        ["structure"] = "表格结构问题",
    };

    public static readonly IReadOnlyDictionary<string, string> Severities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["error"] = "错误",
        ["warning"] = "警告",
        ["info"] = "提示",
    };

    /// <summary>Decision ids, with the two states that are not verdicts: undecided, and a waiver awaiting a lead.</summary>
    public static readonly IReadOnlyDictionary<string, string> Decisions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["none"] = "未处理",
        ["sendback"] = "退回",
        ["accept"] = "接受",
        ["waive"] = "豁免",
        ["waive-pending"] = "豁免待批准",
    };

    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lead"] = "审核组长（可批准豁免）",
        ["reviewer"] = "审核员",
        ["readonly"] = "只读",
    };

    public static readonly IReadOnlyDictionary<string, string> UploadStatus = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["queued"] = "排队中",
        ["reading"] = "读取中",
        ["checking"] = "检查中",
        ["done"] = "已完成",
        ["failed"] = "失败",
    };

    public static string Category(string id) => Categories.GetValueOrDefault(id, id);

    public static string Severity(string id) => Severities.GetValueOrDefault(id, id);

    public static string Decision(string id) => Decisions.GetValueOrDefault(id, id);
}

/// <summary>Severity ids as stored: the lower-case names the JSON report uses.</summary>
public static class Severities
{
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
