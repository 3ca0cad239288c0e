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
    public LayoutFamily Layout => LayoutFamily.ShenzhenSelfEvaluation;

    public double Match(SourceText source)
    {
        var seen = new GridLabelsSeen(source);
        if (!seen.HasIndicatorHeader || !seen.HasAny("实际完成值", "实际值", "全年实际值") || !seen.Has("得分"))
        {
            return 0;
        }

        // Goal tables carry cycle targets, 河北 describes indicators, 韶关 gives formulas.
        if (seen.HasAny("实施周期指标值", "绩效指标描述", "指标值确定依据", "指标计算公式"))
        {
            return 0.05;
        }

        var score = 0.6;
        score += seen.HasAny("年初预算数", "全年预算数", "全年执行数") ? 0.15 : 0;
        score += seen.HasTitle("自评表") ? 0.1 : 0;
        score += seen.HasAny("预期目标", "实际完成情况") ? 0.1 : 0;
        return score;
    }

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context) =>
        GridTables.Split(source.Rows, ShenzhenTable.IsTitle)
            .Select(t => ShenzhenTable.Read(t, context))
            .ToArray();
}
