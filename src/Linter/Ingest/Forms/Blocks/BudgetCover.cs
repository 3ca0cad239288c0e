using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// The cover of a budget text: the department on one line and the year with the form's cover
/// words (2023 年部门预算绩效文本) on the next. The year is the budget year of every table, whatever year a project title names.
/// </summary>
internal sealed record BudgetCover(NumberField? Year, TextField? Department)
{
    /// <summary>Lines searched for the cover; the table of contents follows it.</summary>
    private const int CoverLines = 60;

    /// <summary>No cover read: the year comes from each sheet's title.</summary>
    public static readonly BudgetCover None = new(null, null);

    public static BudgetCover Find(SourceText source)
    {
        var lines = source.Lines;
        for (var i = 0; i < Math.Min(lines.Count, CoverLines); i++)
        {
            var match = CoverTitle.Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var digits = match.Groups[1];
            var year = new NumberField(int.Parse(digits.Value, CultureInfo.InvariantCulture), digits.Value, new SourceLocation(i + 1, digits.Index + 1));
            var above = Enumerable.Range(0, i).Reverse().FirstOrDefault(j => !DocumentText.IsFiller(lines[j]), -1);
            var department = above < 0
                ? null
                : new TextField(DocumentText.StripHeading(lines[above]), new SourceLocation(above + 1, DocumentText.HeadingOffset(lines[above]) + 1));
            return new BudgetCover(year, department);
        }

        return None;
    }

    /// <summary>The year and the cover words of the form's spec (2023 年部门预算绩效文本); linear, so no time-out.</summary>
    private static readonly Regex CoverTitle = new(
        @"((?:19|20)\d{2})\s*年度?\s*" + Regex.Escape(FormSpecs.ReadBy(BudgetTextReader.Name).Cover ?? throw new InvalidOperationException("The budget-text form has no cover words in forms.yaml.")),
        RegexOptions.NonBacktracking);
}
