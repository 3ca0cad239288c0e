using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>The labels of the 市级财政支出项目绩效自评基础信息表 form, compared without spaces or a trailing colon.</summary>
internal static partial class SelfEvaluationLabels
{
    /// <summary>Labels of merged cells that only name the block beside them; they carry no value.</summary>
    private static readonly HashSet<string> Sections = ["基本情况", "资金概况", "绩效目标情况", "绩效目标", "绩效指标情况", "绩效指标"];

    private static readonly HashSet<string> FundsLabels = ["资金概况", "资金安排情况", "分年度明细", "年度", "预算安排额度", "资金使用情况", "按方向划分", "实际明细支出"];

    private static readonly HashSet<string> SpendingLabels = ["资金使用情况", "按方向划分", "实际明细支出"];

    public static string Key(string text) => CellText.Squeeze(text).TrimEnd(':', '：');

    public static bool IsTitle(string text) => Key(text).Contains("自评基础信息表", StringComparison.Ordinal);

    public static bool IsSection(string text) => Sections.Contains(Key(text));

    public static bool IsFundsLabel(string text) => FundsLabels.Contains(Key(text));

    public static bool IsSpendingLabel(string text) => SpendingLabels.Contains(Key(text));

    public static bool IsFundsStart(string text) => Key(text) is "资金概况" or "资金安排情况" or "资金使用情况" or "预算安排额度";

    public static bool IsIndicatorHeader(string text) => Key(text) is "指标名称" or "三级指标";

    public static bool IsLevel1(string text) => CategoryLabels.Level1(text) != Level1Category.Unknown;

    /// <summary>
    /// A 二级指标 label, strictly: indicator names such as 行政成本节约率 also map to a category,
    /// so the label must end in 指标 or sit right of a 一级指标 label.
    /// </summary>
    public static bool IsLevel2(string text, string? left) =>
        CategoryLabels.Level2(text) != Level2Category.Unknown
        && (Key(text).EndsWith("指标", StringComparison.Ordinal) || left is not null && IsLevel1(left));

    /// <summary>Cells a converter fills blank merged areas with: a lone 0, or the dashes of a stray delimiter row.</summary>
    public static bool IsFiller(string text)
    {
        var t = text.Trim();
        return t == "0" || (t.Length > 0 && t.All(c => c is '-' or ':'));
    }

    public static IndicatorColumn? ColumnOf(string text) => Key(text) switch
    {
        "一级指标" => IndicatorColumn.Level1,
        "二级指标" => IndicatorColumn.Level2,
        "指标名称" or "三级指标" => IndicatorColumn.Name,
        var k when k.Contains("公式", StringComparison.Ordinal) => IndicatorColumn.Formula,
        var k when k.Contains("实现值", StringComparison.Ordinal) || k.Contains("完成值", StringComparison.Ordinal) => IndicatorColumn.ActualValue,
        var k when k.Contains("预期值", StringComparison.Ordinal) || k.Contains("指标值", StringComparison.Ordinal) || k.Contains("目标值", StringComparison.Ordinal) => IndicatorColumn.AnnualValue,
        var k when k.Contains("原因", StringComparison.Ordinal) => IndicatorColumn.DeviationReason,
        "分值" or "权重" => IndicatorColumn.Weight,
        "得分" => IndicatorColumn.Score,
        _ => null,
    };

    public static FundLineKind FundKind(string label) => Key(label) switch
    {
        var k when k.Contains("合计", StringComparison.Ordinal) || k.Contains("总额", StringComparison.Ordinal) => FundLineKind.Total,
        var k when k.Contains("当年财政拨款", StringComparison.Ordinal) => FundLineKind.CurrentAppropriation,
        var k when k.Contains("上年结转", StringComparison.Ordinal) => FundLineKind.CarriedOver,
        "其他资金" => FundLineKind.Other,
        _ => FundLineKind.Named,
    };

    /// <summary>An amount, score or year as written: 200, 1,200.50, 96分, 2019年.</summary>
    public static NumberField? Number(Cell cell)
    {
        var match = NumberPattern().Match(Money.WithoutSeparators(cell.Text));
        return match.Success && decimal.TryParse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? new NumberField(value, cell.Text, cell.At)
            : null;
    }

    [GeneratedRegex(@"^\s*(-?\d+(?:\.\d+)?)\s*(?:万元|亿元|元|分|年度|年)?\s*$")]
    private static partial Regex NumberPattern();
}
