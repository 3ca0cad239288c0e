using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Hebei;

/// <summary>
/// The cover of a 部门预算绩效文本: the department on one line and "2023 年部门预算绩效文本" on
/// the next. The year is the budget year of every table, whatever year a project title names.
/// </summary>
internal sealed partial record HebeiCover(NumberField? Year, TextField? Department)
{
    /// <summary>Lines searched for the cover; the table of contents follows it.</summary>
    private const int CoverLines = 60;

    public static HebeiCover Find(SourceText source)
    {
        var lines = source.Lines;
        for (var i = 0; i < Math.Min(lines.Count, CoverLines); i++)
        {
            var match = CoverTitle().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var digits = match.Groups[1];
            var year = new NumberField(int.Parse(digits.Value, CultureInfo.InvariantCulture), digits.Value, new SourceLocation(i + 1, digits.Index + 1));
            var above = Enumerable.Range(0, i).Reverse().FirstOrDefault(j => !HebeiText.IsFiller(lines[j]), -1);
            var department = above < 0
                ? null
                : new TextField(HebeiText.StripHeading(lines[above]), new SourceLocation(above + 1, HebeiText.HeadingOffset(lines[above]) + 1));
            return new HebeiCover(year, department);
        }

        return new HebeiCover(null, null);
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?\s*部门预算绩效")]
    private static partial Regex CoverTitle();
}
