using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Header labels of the grid forms and the cells they label. A label's value is the next filled
/// cell before the next label, so 实施周期 | 起始年度 | 2021 | 到期年度 | 2024 reads as two fields.
/// Which label names which field is <see cref="HeaderFieldMap"/>'s.
/// </summary>
internal static class HeaderLabels
{
    /// <summary>
    /// Reads a header row: every known label sets its field; a row with no known label but a
    /// label-and-value shape is kept in <see cref="TableHeader.Other"/>; a year line under the title
    /// (（2025年度）) sets the budget year; anything else is reported.
    /// </summary>
    public static void Read(Row row, TableHeader header, RowLabelUnit unit, IngestContext context)
    {
        var pairs = Pairs(row).ToArray();
        var values = new GridHeaderValues(context, unit.Of(row));
        foreach (var (field, label, value) in pairs)
        {
            Assign(header, field, label, value, values);
        }

        var filled = row.Filled.ToArray();
        if (pairs.Length > 0)
        {
            return;
        }

        if (filled.Length == 1 && YearLine.Of(filled[0]) is { } year)
        {
            header.BudgetYear ??= year;
        }
        else if (filled.Length >= 2)
        {
            var value = new WrappedField();
            value.AddRange(GridText.Fields(filled.Skip(1)));
            header.Other.Add(new LabelledField(GridText.Unwrap(filled[0].Text), value.ToField()!));
        }
        else
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.header-line", ("line", row.Line)), row.At, RowText.Joined(row));
        }
    }

    /// <summary>The labelled cells of a row: each label with its value cell (null when the label stands alone).</summary>
    private static IEnumerable<(HeaderField Field, Cell Label, Cell? Value)> Pairs(Row row)
    {
        (HeaderField Field, Cell Label)? pending = null;
        foreach (var cell in row.Filled)
        {
            if (HeaderFieldMap.Find(cell.Text) is { } field)
            {
                if (pending is { } open)
                {
                    yield return (open.Field, open.Label, null);
                }

                pending = (field, cell);
            }
            else if (pending is { } open)
            {
                yield return (open.Field, open.Label, cell);
                pending = null;
            }
        }

        if (pending is { } last)
        {
            yield return (last.Field, last.Label, null);
        }
    }

    /// <summary>Sets a header field from its value cell; a blank value leaves the field unset.</summary>
    private static void Assign(TableHeader header, HeaderField field, Cell label, Cell? value, GridHeaderValues values)
    {
        if (value is null || !HeaderFieldMap.Set(header, field, label, value, values))
        {
            return;
        }

        if (field == HeaderField.Budget && GridNumbers.LeadingYear(label.Text) is { } year)
        {
            header.BudgetYear = new NumberField(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), label.At);
        }
    }
}
