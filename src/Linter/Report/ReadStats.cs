using System.Text;
using System.Text.Json;
using GoalLint.Shared.Messages;
using GoalLint.Model;
using GoalLint.Report.Templates;

namespace GoalLint.Report;

/// <summary>
/// <c>goallint normalize --stats</c>: per file, how much was read — tables, indicator rows, the
/// project names found, and why a table was read only in part. One tab-separated line per table.
/// </summary>
public static class ReadStats
{
    public static string Render(IReadOnlyList<PerformanceDocument> documents)
    {
        var sb = new StringBuilder("文件\t版式\t表\t表类\t指标行\t一级/二级已识别\t项目名称\t表头\t部分读取原因\n");
        foreach (var document in documents)
        {
            if (document.Tables.Count == 0)
            {
                var why = document.Diagnostics.FirstOrDefault()?.Code ?? "—";
                sb.Append($"{document.Path}\t{LayoutNames.Of(document.Layout)}\t0\t—\t0\t0\t—\t—\t未读到表格（{why}）\n");
            }

            foreach (var table in document.Tables)
            {
                var framed = table.Indicators.Count(i => i.Level1Category != Level1Category.Unknown && i.Level2Category != Level2Category.Unknown);
                var header = table.Read?.Header switch
                {
                    HeaderReading.Found => "找到",
                    HeaderReading.Inferred => "推断",
                    HeaderReading.Missing => "缺失",
                    _ => "—",
                };
                var reasons = table.Read is { PartialReasons.Count: > 0 } read ? string.Join("；", read.PartialReasons) : "—";
                sb.Append($"{document.Path}\t{LayoutNames.Of(table.Layout)}\t{table.Index + 1}\t{KindName(table)}\t{table.Indicators.Count}\t{framed}\t{table.Header.ProjectName?.Text ?? "（未找到）"}\t{header}\t{reasons}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>The kind of form its title names (绩效目标批复表), else the kind it was read as.</summary>
    private static string KindName(PerformanceTable table) =>
        table.FormKind is { } id && Vocabulary.Current.FormKindOf(id)?.Name is { } name
            ? name
            : MessageCatalogue.Text("doc.kind." + JsonNamingPolicy.KebabCaseLower.ConvertName(table.Kind.ToString()));
}
