using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>The labels of the 市级财政支出项目绩效自评基础信息表 form, compared without spaces or a trailing colon.</summary>
internal static class SelfEvaluationLabels
{
    /// <summary>Labels of merged cells that only name the block beside them; they carry no value.</summary>
    private static readonly HashSet<string> Sections = ["基本情况", "资金概况", "绩效目标情况", "绩效目标", "绩效指标情况", "绩效指标"];

    private static readonly HashSet<string> FundsLabels = ["资金概况", "资金安排情况", "分年度明细", "年度", "预算安排额度", "资金使用情况", "按方向划分", "实际明细支出"];

    private static readonly string[] NumberSuffixes = ["万元", "亿元", "千元", "元", "分", "年度", "年"];

    private static readonly HashSet<string> SpendingLabels = ["资金使用情况", "按方向划分", "实际明细支出"];

    public static string Key(string text) => CellText.Squeeze(text).TrimEnd(':', '：');

    public static bool IsTitle(string text) => Key(text).Contains("自评基础信息表", StringComparison.Ordinal);

    public static bool IsSection(string text) => Sections.Contains(Key(text));

    public static bool IsFundsLabel(string text) => FundsLabels.Contains(Key(text));

    public static bool IsSpendingLabel(string text) => SpendingLabels.Contains(Key(text));

    public static bool IsFundsStart(string text) => Key(text) is "资金概况" or "资金安排情况" or "资金使用情况" or "预算安排额度";

    public static bool IsIndicatorHeader(string text) => Vocabulary.Current.ColumnOf(text) == ColumnRole.Name;

    public static bool IsLevel1(string text) => Vocabulary.Current.Level1(text) != Level1Category.Unknown;

    /// <summary>
    /// A 二级指标 label, strictly: indicator names such as 行政成本节约率 also map to a category,
    /// so the label must end in 指标 or sit right of a 一级指标 label.
    /// </summary>
    public static bool IsLevel2(string text, string? left) =>
        Vocabulary.Current.Level2(text) != Level2Category.Unknown
        && (Key(text).EndsWith("指标", StringComparison.Ordinal) || left is not null && IsLevel1(left));

    /// <summary>Cells a converter fills blank merged areas with: a lone 0, or the dashes of a stray delimiter row.</summary>
    public static bool IsFiller(string text)
    {
        var t = text.Trim();
        return t == "0" || (t.Length > 0 && t.All(c => c is '-' or ':'));
    }

    public static FundLineKind FundKind(string label) => Vocabulary.Current.FundLine(label);

    /// <summary>An amount, score or year as written: 200, 1,200.50, 96分, 2019年.</summary>
    public static NumberField? Number(Cell cell) =>
        Money.Parse(cell.Text, NumberSuffixes) is { } value ? new NumberField(value, cell.Text, cell.At) : null;
}
