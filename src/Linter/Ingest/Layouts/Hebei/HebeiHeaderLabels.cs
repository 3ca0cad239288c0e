using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Hebei;

/// <summary>
/// Sets the <see cref="TableHeader"/> field a 河北 label names (<see cref="HeaderFieldMap"/>) from its
/// value cell. Amounts are in the table's unit (单位：万元 above the table, 万元 by default).
/// </summary>
internal static class HebeiHeaderLabels
{
    /// <summary>Sets <paramref name="field"/> from a value cell; an amount or year that is not a number is reported, not guessed.</summary>
    public static void Assign(TableHeader header, HeaderField field, Cell label, Cell value, string unit, IngestContext context)
    {
        var text = new TextField(HebeiText.Unwrap(value.Text), value.At);
        if (HeaderFieldMap.SetText(header, field, text))
        {
            return;
        }

        switch (field)
        {
            case HeaderField.Budget: header.Budget = Money(text, unit, context); break;
            case HeaderField.FiscalFunds: header.FiscalFunds = Money(text, unit, context); break;
            case HeaderField.OtherFunds: header.OtherFunds = Money(text, unit, context); break;
            case HeaderField.CycleStartYear: header.CycleStartYear = Year(text, context); break;
            case HeaderField.CycleEndYear: header.CycleEndYear = Year(text, context); break;
            default: header.Other.Add(new LabelledField(LabelText.Key(label.Text), text)); break;
        }
    }

    private static MoneyField? Money(TextField text, string unit, IngestContext context)
    {
        if (Common.Money.Parse(text.Text) is { } amount && Common.Money.Field(amount, text.Text, unit, text.At) is { } money)
        {
            return money;
        }

        context.Report("unparsed-amount", $"The amount \"{text.Text}\" is not a number GoalLint can read; it was not read.", text.At, text.Text);
        return null;
    }

    private static NumberField? Year(TextField text, IngestContext context)
    {
        if (Common.Money.Parse(text.Text) is { } year)
        {
            return new NumberField(year, text.Text, text.At);
        }

        context.Report("unparsed-number", $"The year \"{text.Text}\" is not a number; it was not read.", text.At, text.Text);
        return null;
    }
}
