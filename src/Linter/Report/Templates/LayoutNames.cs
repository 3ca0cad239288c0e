using GoalLint.Model;

namespace GoalLint.Report.Templates;

/// <summary>Layout families as the reviewers who read the reports name the forms.</summary>
public static class LayoutNames
{
    public static string Of(LayoutFamily layout) => layout switch
    {
        LayoutFamily.GuangdongGoalsPdfText => "广东 项目绩效目标表（PDF 转文本）",
        LayoutFamily.GuangdongGoalsGrid => "广东 项目绩效目标表（表格）",
        LayoutFamily.ShenzhenSelfEvaluation => "深圳 项目支出绩效自评表",
        LayoutFamily.HebeiGoals => "河北 部门预算绩效目标",
        LayoutFamily.GuangdongSelfEvaluation => "广东 财政支出项目绩效自评基础信息表",
        LayoutFamily.NormalisedJson => "GoalLint 规范化 JSON",
        LayoutFamily.Generic => "绩效指标表（按表头识别）",
        _ => "未识别",
    };
}
