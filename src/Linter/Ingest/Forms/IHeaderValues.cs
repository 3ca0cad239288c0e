using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// How a layout reads the value cell of a header label, for <see cref="HeaderFieldMap.Set"/>: its
/// text, a year, or an amount. Each layout cleans cells and reports bad numbers its own way.
/// </summary>
internal interface IHeaderValues
{
    TextField Text(Cell value);

    NumberField? Year(Cell value);

    /// <summary>The amount in 元; <paramref name="label"/> may state the unit (预算金额（万元）).</summary>
    MoneyField? Amount(Cell label, Cell value);
}
