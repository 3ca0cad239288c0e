using GoalLint.Ingest.Layouts.Grid;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.ShenzhenSelfEvaluation;

/// <summary>
/// 深圳「项目支出绩效自评表」 as grid rows: header, 项目资金 block (年初预算数/全年预算数/全年执行数/
/// 分值/执行率/得分), 年度总体目标 (预期目标/实际完成情况), 年度绩效指标 rows with actual values,
/// weights, scores and deviation reasons, and the 总分 row.
/// </summary>
public sealed class ShenzhenSelfEvaluationReader : ILayoutReader
{
    /// <summary>Goal tables carry cycle targets, 河北 describes indicators, 韶关 gives formulas.</summary>
    private static readonly GridLayoutSignature Signature = new(
        required: seen => seen.HasIndicatorHeader && seen.HasAny("实际完成值", "实际值", "全年实际值") && seen.Has("得分"),
        foreign: seen => seen.HasAny("实施周期指标值", "绩效指标描述", "指标值确定依据", "指标计算公式"),
        (seen => seen.HasAny("年初预算数", "全年预算数", "全年执行数"), 0.15),
        (seen => seen.HasTitle("自评表"), 0.1),
        (seen => seen.HasAny("预期目标", "实际完成情况"), 0.1));

    public LayoutFamily Layout => LayoutFamily.ShenzhenSelfEvaluation;

    public double Match(SourceText source) => Signature.Match(source);

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context) =>
        GridTables.Read(source, ShenzhenTable.IsTitle, ShenzhenTable.Read, context);
}
