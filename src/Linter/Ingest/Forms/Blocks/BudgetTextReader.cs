using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// 河北 部门预算绩效文本 (PDF converted to Markdown with tab-separated rows): a cover, a table of
/// contents, the 部门整体绩效目标 narrative, then one 项目绩效目标表 per project under a numbered
/// title (## 1. 2023 年…绩效目标表, at any heading level or none). Each project table starts at its
/// 项目编号/项目名称 row; its title, unit line and 单位 line sit just above. Which blocks besides the
/// sheets are read (cover, department-goals, spending-plan) is the form spec's choice.
/// </summary>
public sealed class BudgetTextReader : ILayoutReader
{
    /// <summary>The blocks a form spec may switch on for this reader.</summary>
    public static readonly IReadOnlyList<string> KnownBlocks = [CoverBlock, DepartmentBlock, PlanBlock];

    private const string CoverBlock = "cover";
    private const string DepartmentBlock = "department-goals";
    private const string PlanBlock = "spending-plan";

    /// <summary>The name forms.yaml gives this reader.</summary>
    public const string Name = "budget-text";

    private static readonly FormSpec Spec = FormSpecs.ReadBy(Name);

    private static readonly TableKind[] Kinds = [.. Spec.Kinds.Select(Vocabulary.TableKindOf)];

    private static readonly MarkerSignature Signature = MarkerSignature.Of(Spec.Id);

    /// <summary>The form whose spec in forms.yaml names this reader.</summary>
    public static string Form => Spec.Id;

    public string Layout => Form;

    public double Match(SourceText source) => Signature.Match(source);

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
    {
        var cover = Spec.Blocks.Contains(CoverBlock) ? BudgetCover.Find(source) : BudgetCover.None;
        var spans = FindSpans(source);
        var tables = new List<PerformanceTable>();
        var firstTable = spans.Count > 0 ? spans[0].Start : source.Lines.Count;
        if (Spec.Blocks.Contains(DepartmentBlock) && DepartmentGoals.Read(source, firstTable, cover, context) is { } department)
        {
            tables.Add(department);
        }

        tables.AddRange(spans.Select(span => ProjectSheet.Read(source, span, cover, Spec.Blocks.Contains(PlanBlock), context)));
        return tables;
    }

    /// <summary>
    /// A project table starts at a 项目编号/项目名称 row, pulled up to the title above it. A second
    /// such row before the table has reached its 资金支出计划, 绩效目标 or indicators belongs to the same table.
    /// </summary>
    private static List<SheetSpan> FindSpans(SourceText source)
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
            .Select((s, k) => new SheetSpan(s.Start, s.Anchor, k + 1 < starts.Count ? starts[k + 1].Start : source.Lines.Count, s.Title))
            .ToList();
    }

    /// <summary>A one-cell line ending in one of the form's title words, or one the vocabulary names as a title of the form's table kinds (…绩效目标申报表).</summary>
    private static bool IsTitle(Row row) =>
        row.Cells.Count == 1
        && !DocumentText.IsTocEntry(row.Raw)
        && CellText.Squeeze(row.Raw) is var title
        && (Spec.Titles.Any(t => title.EndsWith(t, StringComparison.Ordinal)) || (Vocabulary.Current.TitleKind(title)?.Kind is { } kind && Kinds.Contains(kind)));

    private static bool IsAnchor(Row row) =>
        row.Cells.Count > 1 && HeaderFieldMap.Find(row[0]) is HeaderField.ProjectName or HeaderField.ProjectCode;

    private static bool IsBody(Row row) =>
        row.Cells.Count > 1 && (SpendingPlan.IsHeader(row) || ProjectSheet.IsGoalRow(row) || DescribedColumns.FromHeader(row) is not null);
}
