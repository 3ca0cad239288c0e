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
    /// <summary>Labels only this form prints; the score grows with how many the file holds.</summary>
    private static readonly string[] Markers = ["自评基础信息表", "指标计算公式", "评价年度预期值", "评价年度实现值", "预期总体目标", "资金使用情况"];

    public LayoutFamily Layout => LayoutFamily.GuangdongSelfEvaluation;

    public double Match(SourceText source)
    {
        var found = Markers.Count(m => source.Text.Contains(m, StringComparison.Ordinal));
        if (found < 2)
        {
            return 0;
        }

        var score = 0.4 + 0.6 * found / Markers.Length;
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
