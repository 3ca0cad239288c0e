using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Header values as grid cells hold them: text unwrapped, a year with or without 年度, an amount in the
/// unit its value writes (200万元, or 200万 without 元; a note in brackets after it is not part of it), else its label states (预算金额（万元）), else <paramref name="unit"/> (the
/// fund block's or the table's).
/// </summary>
internal sealed class GridHeaderValues(IngestContext context, string unit) : IHeaderValues
{
    public TextField Text(Cell value) => GridText.Field(value);

    public NumberField? Year(Cell value) => GridNumbers.Number(value with { Text = value.Text.TrimEnd('年', '度') }, context);

    public MoneyField? Amount(Cell label, Cell value)
    {
        value = value with { Text = Money.WithoutNote(value.Text) };
        // An amount that ends a sentence (市级配套600万元。) ends at its unit.
        var text = CellText.Squeeze(value.Text).TrimEnd('。', '；', ';', '，', '、');
        var written = MoneySuffixes.FirstOrDefault(s => text.EndsWith(s, StringComparison.Ordinal) && text.Length > s.Length);
        if (written is null)
        {
            return GridNumbers.Money(value, Money.UnitIn(label.Text) ?? unit, context);
        }

        // 86万 is read as 86万元, as a reviewer reads it; the raw text keeps what was written.
        var money = GridNumbers.Money(value with { Text = text[..^written.Length] }, written.EndsWith('元') ? written : written + "元", context);
        return money is not null && !written.EndsWith('元') ? money with { Raw = text } : money;
    }

    private static readonly string[] MoneySuffixes = ["亿元", "万元", "千元", "元", "亿", "万"];
}
