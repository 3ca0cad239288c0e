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
    public const string Form = "guangdong-goals-grid";

    private static readonly GridLayoutSignature Signature = GridLayoutSignature.Of(Form);

    public string Layout => Form;

    public double Match(SourceText source) => Signature.Match(source);

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context) =>
        GridTables.Read(source, GuangdongGridTable.IsTitle, GuangdongGridTable.Read, context);
}
