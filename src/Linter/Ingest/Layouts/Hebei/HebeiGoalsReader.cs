using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Hebei;

/// <summary>
/// 河北 部门预算绩效文本 (PDF converted to Markdown with tab-separated rows): a cover, a table of
/// contents, the 部门整体绩效目标 narrative, then one 项目绩效目标表 per project under a numbered
/// title (## 1. 2023 年…绩效目标表, at any heading level or none). Each project table starts at its
/// 项目编号/项目名称 row; its title, unit line and 单位 line sit just above.
/// </summary>
public sealed class HebeiGoalsReader : ILayoutReader
{
    public const string Form = "hebei-goals";

    private static readonly MarkerSignature Signature = MarkerSignature.Of(Form);

    public string Layout => Form;

    public double Match(SourceText source) => Signature.Match(source);

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
    {
        var cover = HebeiCover.Find(source);
        var spans = FindSpans(source);
        var tables = new List<PerformanceTable>();
        var firstTable = spans.Count > 0 ? spans[0].Start : source.Lines.Count;
        if (HebeiDepartmentReader.Read(source, firstTable, cover, context) is { } department)
        {
            tables.Add(department);
        }

        tables.AddRange(spans.Select(span => HebeiProjectReader.Read(source, span, cover, context)));
        return tables;
    }

    /// <summary>
    /// A project table starts at a 项目编号/项目名称 row, pulled up to the title above it. A second
    /// such row before the table has reached its 资金支出计划, 绩效目标 or indicators belongs to the same table.
    /// </summary>
    private static List<HebeiSpan> FindSpans(SourceText source)
    {
        var starts = new List<(int Start, int Anchor, int? Title)>();
        int? title = null;
        var hasBody = true;
        for (var i = 0; i < source.Rows.Count; i++)
        {
            var row = source.Rows[i];
            if (IsTitle(row))
            {
                title = i;
            }
            else if (IsAnchor(row) && (hasBody || title is not null))
            {
                starts.Add((title ?? i, i, title));
                (title, hasBody) = (null, false);
            }
            else if (starts.Count > 0 && IsBody(row))
            {
                hasBody = true;
            }
        }

        return starts
            .Select((s, k) => new HebeiSpan(s.Start, s.Anchor, k + 1 < starts.Count ? starts[k + 1].Start : source.Lines.Count, s.Title))
            .ToList();
    }

    private static bool IsTitle(Row row) =>
        row.Cells.Count == 1
        && !HebeiText.IsTocEntry(row.Raw)
        && CellText.Squeeze(row.Raw).EndsWith("绩效目标表", StringComparison.Ordinal);

    private static bool IsAnchor(Row row) =>
        row.Cells.Count > 1 && HeaderFieldMap.Find(row[0]) is HeaderField.ProjectName or HeaderField.ProjectCode;

    private static bool IsBody(Row row) =>
        row.Cells.Count > 1 && (HebeiSpendingPlan.IsHeader(row) || HebeiProjectReader.IsGoalRow(row) || HebeiColumns.FromHeader(row) is not null);
}
