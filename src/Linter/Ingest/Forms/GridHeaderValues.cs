using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Header values as the grid forms write them: text unwrapped, amounts in the unit their label
/// states, else the unit their row's label states, else 元.
/// </summary>
internal sealed class GridHeaderValues(IngestContext context, string? rowUnit = null) : IHeaderValues
{
    public TextField Text(Cell value) => GridText.Field(value);

    public NumberField? Year(Cell value) => GridNumbers.Number(value, context);

    public MoneyField? Amount(Cell label, Cell value) => GridNumbers.Money(value, Money.UnitIn(label.Text) ?? rowUnit ?? "元", context);
}
