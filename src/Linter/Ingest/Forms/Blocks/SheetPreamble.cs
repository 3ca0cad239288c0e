using GoalLint.Ingest.Cells.PdfText;
using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>Where one project sheet lies: 0-based line indexes of its start, its first label row and its end (exclusive).</summary>
internal sealed record SheetSpan(int Start, int Anchor, int End, int? Title);

/// <summary>
/// The lines above a project sheet's first label row: its title, a year line under it (（2025年度）: the
/// budget year), the unit line (543001 某某局本级: a unit code and the spending unit) and the money unit
/// line (单位：万元).
/// </summary>
internal static partial class SheetPreamble
{
    /// <summary>The unit of a sheet's amounts when no unit line says otherwise.</summary>
    public const string DefaultUnit = "万元";

    /// <summary>Fills the title, the year a year line states and the spending unit; returns the money unit a 单位 line names, if any.</summary>
    public static string? Read(SourceText source, SheetSpan span, PerformanceTable table)
    {
        string? money = null;
        for (var i = span.Start; i < span.Anchor; i++)
        {
            var line = source.Lines[i];
            var offset = DocumentText.HeadingOffset(line);
            var text = DocumentText.StripHeading(line);
            if (i == span.Title)
            {
                table.Title = new TextField(text, new SourceLocation(i + 1, offset + 1));
            }
            else if (source.Rows[i].Cells is [var only] && YearLine.Of(only) is { } year)
            {
                table.Header.BudgetYear = year;
            }
            else if (UnitLine().Match(text) is { Success: true } unit)
            {
                var at = new SourceLocation(i + 1, offset + unit.Groups[2].Index + 1);
                table.Header.SpendingUnit = new TextField(WrapSpaces.Remove(unit.Groups[2].Value), at);
                table.Header.Other.Add(new LabelledField("单位编码", new TextField(unit.Groups[1].Value, new SourceLocation(i + 1, offset + 1))));
            }
            else if (CellText.Squeeze(text).StartsWith("单位", StringComparison.Ordinal) && Vocabulary.Current.MoneyUnitIn(text) is { } named)
            {
                money = named;
            }
        }

        return money;
    }

    /// <summary>The year a title names (2023 年…项目绩效目标表), for a document without a cover.</summary>
    public static NumberField? TitleYear(TextField? title) =>
        title is not null && Year().Match(title.Text) is { Success: true } m
            ? new NumberField(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[1].Value, title.At with { Column = title.At.Column + m.Index })
            : null;

    [GeneratedRegex(@"^(\d{3,})\s+(\S.*)$")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex Year();
}
