using GoalLint.Ingest.Layouts.Grid;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.GuangdongGrid;

/// <summary>
/// 广东「项目绩效目标表」 as grid rows (tab-separated text today; CSV and spreadsheets give the same
/// rows): header block, 实施周期总目标 and 年度目标, then 一级/二级/三级 rows with
/// 实施周期指标值 and 当年度指标值.
/// </summary>
public sealed class GuangdongGridReader : ILayoutReader
{
    /// <summary>河北 tables describe each indicator and its basis; self-evaluations score actual values.</summary>
    private static readonly GridLayoutSignature Signature = new(
        required: seen => seen.HasIndicatorHeader && GuangdongGridTable.HasCycleValueColumn(seen),
        foreign: seen => seen.HasAny("绩效指标描述", "指标值确定依据", "实际完成值", "指标计算公式", "得分") || seen.HasTitle("自评"),
        (seen => seen.HasAny("实施周期总目标", "实施周期目标"), 0.15),
        (seen => seen.HasTitle("绩效目标表"), 0.1),
        (seen => seen.Has("项目名称"), 0.1));

    public LayoutFamily Layout => LayoutFamily.GuangdongGoalsGrid;

    public double Match(SourceText source) => Signature.Match(source);

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context) =>
        GridTables.Read(source, GuangdongGridTable.IsTitle, GuangdongGridTable.Read, context);
}
