using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Header values as grid cells hold them: text unwrapped, a year with or without 年度, an amount in the
/// unit its value writes (200万元), else its label states (预算金额（万元）), else <paramref name="unit"/> (the
/// fund block's or the table's).
/// </summary>
internal sealed class GridHeaderValues(IngestContext context, string unit) : IHeaderValues
{
    public TextField Text(Cell value) => GridText.Field(value);

    public NumberField? Year(Cell value) => GridNumbers.Number(value with { Text = value.Text.TrimEnd('年', '度') }, context);

    public MoneyField? Amount(Cell label, Cell value)
    {
        var text = CellText.Squeeze(value.Text);
        var written = MoneySuffixes.FirstOrDefault(s => text.EndsWith(s, StringComparison.Ordinal) && text.Length > s.Length);
        return written is null
            ? GridNumbers.Money(value, Money.UnitIn(label.Text) ?? unit, context)
            : GridNumbers.Money(value with { Text = text[..^written.Length] }, written, context);
    }

    private static readonly string[] MoneySuffixes = ["亿元", "万元", "千元", "元"];
}
