using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Shared.Messages;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Header values as the 河北 export writes them: PDF wrap spaces removed, amounts in the table's
/// unit (单位：万元 above the table, 万元 by default) unless the label states its own (财政资金（元）); a note in brackets after the amount is not part of it. A year or amount that is not a number is reported, not guessed.
/// </summary>
internal sealed class UnwrappedHeaderValues(string unit, IngestContext context) : IHeaderValues
{
    public TextField Text(Cell value) => new(WrapSpaces.Remove(value.Text), value.At);

    public NumberField? Year(Cell value)
    {
        var text = Text(value);
        if (Money.Parse(text.Text) is { } year)
        {
            return new NumberField(year, text.Text, text.At);
        }

        context.Report("unparsed-number", Message.Of("ingest.unparsed-number.year", ("text", text.Text)), text.At, text.Text);
        return null;
    }

    public MoneyField? Amount(Cell label, Cell value)
    {
        var text = Text(value with { Text = Money.WithoutNote(value.Text) });
        if (Money.Parse(text.Text) is { } amount && Money.Field(amount, text.Text, Money.UnitIn(label.Text) ?? unit, text.At) is { } money)
        {
            return money;
        }

        context.Report("unparsed-amount", Message.Of("ingest.unparsed-amount", ("text", text.Text)), text.At, text.Text);
        return null;
    }
}
