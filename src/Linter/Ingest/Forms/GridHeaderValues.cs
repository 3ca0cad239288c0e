using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>Header values as the grid forms write them: text unwrapped, amounts in the unit their label states (元 by default).</summary>
internal sealed class GridHeaderValues(IngestContext context) : IHeaderValues
{
    public TextField Text(Cell value) => GridText.Field(value);

    public NumberField? Year(Cell value) => GridNumbers.Number(value, context);

    public MoneyField? Amount(Cell label, Cell value) => GridNumbers.Money(value, GridNumbers.UnitIn(label.Text), context);
}
