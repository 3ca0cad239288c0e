using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.PdfText;

/// <summary>
/// The budget of a PDF-text head: 2024年预算金额 with its unit ((元), （万元）) and its amount on the
/// same line or on lines below the label. A unit read after the amount rescales it.
/// </summary>
internal sealed partial class BudgetLines(TableHeader header)
{
    /// <summary>The budget's unit, from (元) or （万元） near its label.</summary>
    private string _unit = "元";

    /// <summary>The budget's unit, the unit of its parts too.</summary>
    public string Unit => _unit;

    /// <summary>A line that starts with a year and one of the vocabulary's budget labels (2024年预算金额, 2024年度资金总额).</summary>
    public static bool IsLabel(PdfLine line)
    {
        var match = YearLead().Match(line.Squeezed);
        if (!match.Success)
        {
            return false;
        }

        var rest = line.Squeezed.AsSpan(match.Length);
        for (var n = Math.Min(rest.Length, MaxLabel); n >= 2; n--)
        {
            if (Vocabulary.Current.HeaderFieldOf(rest[..n].ToString()) == HeaderField.Budget)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest budget label looked for after the year.</summary>
    private const int MaxLabel = 8;

    /// <summary>Reads the label line (its year, and any unit or amount on it); true when the amount is still to come.</summary>
    public bool ReadLabel(PdfLine line)
    {
        var year = YearLead().Match(line.Squeezed).Groups[1].Value;
        header.BudgetYear = new NumberField(int.Parse(year, CultureInfo.InvariantCulture), year, line.At);
        ReadPart(line);
        return header.Budget is null;
    }

    /// <summary>Takes the unit and the amount from a budget line; true when the line held either.</summary>
    public bool ReadPart(PdfLine line)
    {
        var found = false;
        foreach (var token in line.Tokens)
        {
            if (Money.UnitIn(token.Text) is { } unit)
            {
                found = true;
                _unit = unit;
                if (header.Budget is { } known && Money.Parse(known.Raw) is { } amount && Money.Field(amount, known.Raw, _unit, known.At) is { } rescaled)
                {
                    header.Budget = rescaled;
                }
            }
            else if (Amount().IsMatch(token.Text) && Money.Parse(token.Text) is { } amount && Money.Field(amount, token.Text, _unit, token.At) is { } budget)
            {
                found = true;
                header.Budget = budget;
            }
        }

        return found;
    }

    // Anchored at the start with no nested repetition: linear in the line, so no time-out (one would
    // turn a long line on a loaded machine into a reader failure, making the result depend on the load).
    [GeneratedRegex(@"^(\d{4})年度?")]
    private static partial Regex YearLead();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$")]
    private static partial Regex Amount();
}
