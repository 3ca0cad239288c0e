namespace GoalLint.Shared;

/// <summary>
/// What a word under a header cell spanning columns names (vocabulary: column-parts): 目标值 over
/// 符号 | 数值 | 单位, 一级指标 over 名称 | 分值. <see cref="Same"/> is the span's own value or label.
/// </summary>
public enum ColumnPart
{
    Same,
    Comparator,
    Unit,
    Weight,
}
