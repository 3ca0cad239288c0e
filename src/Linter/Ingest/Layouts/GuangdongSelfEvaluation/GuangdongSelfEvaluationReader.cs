using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>
/// Reads 广东「市级财政支出项目绩效自评基础信息表」 (韶关) converted to Markdown pipe tables: the
/// 基本情况 header, the 资金概况 funds block, 预期总体目标 and 实际完成情况, the indicators with
/// 指标计算公式, 评价年度预期值 and 评价年度实现值, and the 自评报告 that follows. Each title
/// starts a new form, so a file may hold several projects.
/// </summary>
public sealed class GuangdongSelfEvaluationReader : ILayoutReader
{
    public const string Form = "guangdong-self-evaluation";

    private static readonly MarkerSignature Signature = MarkerSignature.Of(Form);

    public string Layout => Form;

    public double Match(SourceText source)
    {
        var score = Signature.Match(source);
        if (score == 0)
        {
            return 0;
        }

        var pipeRows = source.Lines.Count(l => l.TrimStart().StartsWith('|'));

        // The same form in another format (a text export) is not readable here: only pipe tables are.
        return pipeRows >= 3 ? score : score * 0.25;
    }

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
    {
        var tables = new List<PerformanceTable>();
        foreach (var form in Forms(MarkdownPipeTables.Parse(source, context)))
        {
            if (SelfEvaluationForm.Read(form, context) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    /// <summary>Splits the blocks at each title paragraph that follows a table.</summary>
    private static IEnumerable<List<MarkdownBlock>> Forms(IReadOnlyList<MarkdownBlock> blocks)
    {
        var form = new List<MarkdownBlock>();
        foreach (var block in blocks)
        {
            var title = !block.IsTable && block.Rows.Any(r => SelfEvaluationLabels.IsTitle(r[0]));
            if (title && form.Any(b => b.IsTable))
            {
                yield return form;
                form = [];
            }

            form.Add(block);
        }

        if (form.Count > 0)
        {
            yield return form;
        }
    }
}
