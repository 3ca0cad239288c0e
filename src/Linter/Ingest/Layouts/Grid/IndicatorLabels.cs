using GoalLint.Ingest.Layouts.Common;

namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>
/// Recognises 一级/二级指标 labels strictly (the full label, 指标 included), so that a 三级指标
/// such as 服务对象满意度（%） is never taken for a frame label when a shifted row is realigned.
/// </summary>
internal static class IndicatorLabels
{
    private static readonly HashSet<string> Level1 = ["产出指标", "效益指标", "满意度指标", "成本指标", "效果指标"];

    private static readonly HashSet<string> Level2 =
    [
        "数量指标", "质量指标", "时效指标", "成本指标",
        "经济成本指标", "社会成本指标", "生态环境成本指标",
        "经济效益指标", "社会效益指标", "生态效益指标", "环境效益指标",
        "可持续影响指标", "可持续发展指标",
        "服务对象满意度指标", "服务对象或公众满意度指标", "公众满意度指标",
    ];

    public static bool IsLevel1(string text) => Level1.Contains(LabelText.Key(text));

    /// <summary>
    /// 成本指标 is both a 一级 (财预〔2021〕101号 frame) and a 二级 label. 满意度指标 is 一级 only: in a
    /// 二级 column it is a shifted 一级, not 效益指标 › 满意度指标.
    /// </summary>
    public static bool IsLevel2(string text) => Level2.Contains(LabelText.Key(text));

    public static bool IsLabel(string text) => IsLevel1(text) || IsLevel2(text);
}
