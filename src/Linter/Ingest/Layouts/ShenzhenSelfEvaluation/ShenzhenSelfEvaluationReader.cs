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
    public const string Form = "shenzhen-self-evaluation";

    private static readonly GridLayoutSignature Signature = GridLayoutSignature.Of(Form);

    public string Layout => Form;

    public double Match(SourceText source) => Signature.Match(source);

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context) =>
        GridTables.Read(source, ShenzhenTable.IsTitle, ShenzhenTable.Read, context);
}
