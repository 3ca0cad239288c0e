using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>Sets an indicator's field from the cell of a value column, by the column's role; every indicator reader fills values this way.</summary>
internal static class IndicatorValues
{
    /// <summary>
    /// Sets the field <paramref name="role"/> names from <paramref name="cell"/>. A target value is
    /// composed with the row's 计算符号 and 计量单位 cells when the form splits it over columns.
    /// </summary>
    public static void Fill(Indicator indicator, ColumnRole role, Cell cell, Cell? comparator, Cell? unit, IngestContext context)
    {
        switch (role)
        {
            case ColumnRole.CycleValue: indicator.CycleValue = Composed(cell, comparator, unit); break;
            case ColumnRole.AnnualValue: indicator.AnnualValue = Composed(cell, comparator, unit); break;
            case ColumnRole.ActualValue: indicator.ActualValue = Composed(cell, null, unit); break;
            case ColumnRole.Weight: indicator.Weight = GridNumbers.Points(cell, context); break;
            case ColumnRole.Score: indicator.Score = GridNumbers.Points(cell, context); break;
            case ColumnRole.Deviation: indicator.DeviationReason = GridText.Field(cell); break;
            case ColumnRole.Description or ColumnRole.Explanation: indicator.Description ??= GridText.Field(cell); break;
            case ColumnRole.Basis: indicator.ValueBasis = GridText.Field(cell); break;
            case ColumnRole.Formula: indicator.Formula = GridText.Field(cell); break;
            case ColumnRole.Standard: indicator.ScoringStandard = GridText.Field(cell); break;
        }
    }

    /// <summary>
    /// A value as the reviewer reads it when the form splits it over columns (计算符号 | 指标值 | 计量单位:
    /// ≥ | 95 | % ⇒ ≥95%), located at the value cell; a value that states its own comparator or unit keeps it.
    /// </summary>
    private static IndicatorValue Composed(Cell value, Cell? comparator, Cell? unit) =>
        new(new TextField(Composed(CellText.Clean(value.Text), comparator?.Text, unit?.Text), value.At));

    /// <summary>The value's text with the comparator and unit its row writes in their own cells (≥ | 95 | % ⇒ ≥95%).</summary>
    public static string Composed(string text, string? comparator, string? unit)
    {
        if (comparator is not null && Comparator(comparator) is { } symbol && text.Length > 0 && char.IsAsciiDigit(CellText.FoldWidth(text)[0]))
        {
            text = symbol + text;
        }

        if (unit is not null && CellText.Clean(unit) is { Length: > 0 } u && !text.EndsWith(u, StringComparison.Ordinal) && EndsInFigure(text))
        {
            text += u;
        }

        return text;
    }

    /// <summary>
    /// Whether the value stops at its figure, so the unit column's word belongs after it: a bare number, or one
    /// a word leads (达到100, 不少于4 | 次 ⇒ 达到100%, 不少于4次), as a value that ends in a word (全覆盖) does not.
    /// </summary>
    private static bool EndsInFigure(string text) =>
        Money.Parse(text.TrimStart('≥', '≤', '>', '<', '=')) is not null
        || (CellText.FoldWidth(text.TrimEnd()) is { Length: > 0 } folded && char.IsAsciiDigit(folded[^1]));

    /// <summary>The symbol a 计算符号/指标性质 cell names; null for 定性 and the like.</summary>
    private static string? Comparator(string text) => CellText.FoldWidth(CellText.Squeeze(text)) switch
    {
        "≥" or "≧" or ">=" or "大于等于" or "不低于" or "不少于" => "≥",
        "≤" or "≦" or "<=" or "小于等于" or "不高于" or "不超过" => "≤",
        ">" or "大于" => ">",
        "<" or "小于" => "<",
        "=" or "等于" => "=",
        _ => null,
    };
}
