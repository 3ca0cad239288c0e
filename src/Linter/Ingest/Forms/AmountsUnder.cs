using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// A row of amount labels with the amounts in the row under it, column by column (年度预算情况（万元） |
/// 资金总额 | 财政拨款 | 其他资金 over | 1860 | 1780 | 80): each label, the cell under it and the field it sets.
/// The labels row holds no value of its own, and the row under holds only amounts under those labels. After a
/// fund block's label (部门预算（万元） | 合计 | 基本支出 | 项目支出) the block's total line (合计, 总额: the
/// vocabulary's fund-lines) is its budget.
/// </summary>
internal static class AmountsUnder
{
    /// <summary>The pairs when rows <paramref name="i"/> and the one after are such a pair of rows, else null.</summary>
    public static IReadOnlyList<(Cell Label, Cell Value, HeaderField Field)>? At(IReadOnlyList<Row> rows, int i, int to)
    {
        if (i + 1 >= to)
        {
            return null;
        }

        var (labels, values) = (rows[i], rows[i + 1]);
        var pairs = new List<(Cell Label, Cell Value, HeaderField Field)>();
        var inBlock = false;
        for (var c = 0; c < Math.Max(labels.Cells.Count, values.Cells.Count); c++)
        {
            var (label, value) = (labels[c].Trim(), values[c].Trim());
            var field = label.Length > 0 ? FieldOf(label, inBlock) : null;
            inBlock |= field == HeaderField.Funds;
            var amount = field is { } f && HeaderFieldMap.HoldsAmount(f);
            if (value.Length > 0 && (!amount || !GridNumbers.IsNumberLike(value)))
            {
                return null;
            }

            if (amount && value.Length > 0)
            {
                pairs.Add((labels.Cells[c], values.Cells[c], field!.Value));
            }
        }

        return pairs.Count >= 2 ? pairs : null;
    }

    private static HeaderField? FieldOf(string label, bool inBlock) =>
        HeaderFieldMap.Find(label) ?? (inBlock && Vocabulary.Current.FundLine(label) == FundLineKind.Total ? HeaderField.Budget : null);
}
