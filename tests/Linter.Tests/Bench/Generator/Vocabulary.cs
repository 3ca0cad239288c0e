namespace GoalLint.Benchmarks.Generator;

/// <summary>Invented word lists the generator combines; nothing here is taken from real documents.</summary>
internal static class Vocabulary
{
    public static readonly string[] Places = ["青禾", "云岭", "北湖", "南川", "临江", "石桥", "金沙", "柳岸", "松林", "白鹭", "东篱", "西岑"];

    public static readonly string[] Topics =
    [
        "档案数字化", "道路养护", "社区服务", "水质监测", "绿地管护", "公共照明", "农田灌溉", "图书流通", "应急物资储备",
        "老年助餐", "河道保洁", "信息系统运维", "职业技能培训", "文化活动", "校园安全", "林区巡护", "气象观测", "市场检测",
    ];

    public static readonly string[] ProjectSuffixes = ["项目", "专项经费", "工作经费", "运行经费", "补助资金"];

    public static readonly string[] Bureaus = ["农业农村局", "文化广电旅游局", "生态环境局", "城市管理局", "民政局", "水务局", "教育局", "市场监督管理局"];

    public static readonly string[] ProjectTypes = ["其他特定目标类（部门职能类）", "其他运转类（信息化运维类）", "其他特定目标类（民生类）"];

    /// <summary>Names of the up to three 数量指标 of a table, after its topic.</summary>
    public static readonly string[] QuantityNames = ["服务数量", "覆盖数量", "完成批次"];

    public static readonly string[] CountUnits = ["个", "次", "家", "场", "人次", "卷", "公里", "台"];

    public static readonly string[] Vague = ["良好", "显著提升", "有所提高", "逐步完善", "明显改善"];

    public static readonly string[] Reasons = ["受场地调整影响，部分任务顺延至下年度，将加强调度。", "采购流程延后，下一步提前启动采购。", "服务需求低于预期，已调整年度计划。"];

    public static readonly string[] Verbs = ["完成", "开展", "推进", "保障", "落实", "提升"];

    public static readonly string[] Aims = ["服务质量", "运行效率", "群众获得感", "管理水平", "覆盖范围", "工作成效"];

    /// <summary>The form's fixed frame: every 一级 with its 二级 slots, in print order.</summary>
    public static readonly (string Level1, string[] Level2)[] Frame =
    [
        ("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
        ("效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        ("满意度指标", ["服务对象满意度指标"]),
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True with probability p.</summary>
    public static bool Chance(this Random random, double p) => random.NextDouble() < p;
}
