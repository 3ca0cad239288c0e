namespace GoalLint.Model;

/// <summary>一级指标: the top level of the indicator frame.</summary>
public enum Level1Category
{
    /// <summary>A label GoalLint could not map; the raw label is kept on the indicator.</summary>
    Unknown,
    /// <summary>产出指标: what the money produces.</summary>
    Output,
    /// <summary>效益指标: the effects of those outputs.</summary>
    Effect,
    /// <summary>满意度指标: satisfaction of those served.</summary>
    Satisfaction,
    /// <summary>成本指标 promoted to the first level (财预〔2021〕101号 frame).</summary>
    Cost,
    /// <summary>预算执行率: the scored budget-execution line of a self-evaluation.</summary>
    BudgetExecution,
}

/// <summary>二级指标: the second level, under a <see cref="Level1Category"/>.</summary>
public enum Level2Category
{
    /// <summary>A label GoalLint could not map; the raw label is kept on the indicator.</summary>
    Unknown,
    /// <summary>数量指标 (under 产出).</summary>
    Quantity,
    /// <summary>质量指标 (under 产出).</summary>
    Quality,
    /// <summary>时效指标 (under 产出).</summary>
    Timeliness,
    /// <summary>成本指标 (under 产出, or 经济/社会/生态环境成本 under 成本).</summary>
    Cost,
    /// <summary>经济效益指标 (under 效益).</summary>
    Economic,
    /// <summary>社会效益指标 (under 效益).</summary>
    Social,
    /// <summary>生态效益指标 / 环境效益指标 (under 效益).</summary>
    Ecological,
    /// <summary>可持续影响指标 / 可持续发展指标 (under 效益).</summary>
    Sustainable,
    /// <summary>服务对象满意度指标 / 服务对象或公众满意度 (under 满意度).</summary>
    ServiceSatisfaction,
}
