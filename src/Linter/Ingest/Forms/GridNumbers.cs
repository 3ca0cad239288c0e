using GoalLint.Shared.Messages;
using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>Numbers in grid cells: amounts, years, weights and scores. A dash (—) means "not applicable", not zero.</summary>
internal static partial class GridNumbers
{
    /// <summary>Whether the cell can stand in a number column: a number, a percentage, or a not-applicable dash.</summary>
    public static bool IsNumberLike(string text)
    {
        var t = CellText.Squeeze(CellText.Clean(text));
        return IsDash(t) || GoalLint.Shared.Money.Parse(t.TrimEnd('%')) is not null;
    }

    /// <summary>The cell as a number, or null when it is blank or a dash; text that is not a number is reported.</summary>
    public static NumberField? Number(Cell? cell, IngestContext context) => Read(cell, points: false, context);

    /// <summary>
    /// A 分值 or 得分 cell, the one way every reader reads them (indicator rows and the 合计/总分 row): a number,
    /// with or without 分 (96分); blank or a dash is none; anything else is reported as a weight or score not read.
    /// </summary>
    public static NumberField? Points(Cell? cell, IngestContext context) => Read(cell, points: true, context);

    /// <summary>Whether the text reads as a weight or score (20, 13.5分).</summary>
    public static bool IsPoints(string text) => GoalLint.Shared.Money.Parse(CellText.Squeeze(CellText.Clean(text)), PointSuffixes) is not null;

    private static readonly string[] PointSuffixes = ["分"];

    private static NumberField? Read(Cell? cell, bool points, IngestContext context)
    {
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        var text = CellText.Clean(cell.Text);
        var squeezed = CellText.Squeeze(text);
        if (IsDash(squeezed))
        {
            return null;
        }

        if (GoalLint.Shared.Money.Parse(squeezed, points ? PointSuffixes : []) is { } value)
        {
            return new NumberField(value, text, cell.At);
        }

        if (points)
        {
            context.Report("unreadable-number", Message.Of("ingest.unreadable-number", ("text", text)), cell.At, text);
        }
        else
        {
            context.Report("unparsed-number", Message.Of("ingest.unparsed-number", ("text", text)), cell.At, text);
        }

        return null;
    }

    /// <summary>A rate as a fraction: 0.98 as written, and 98% (or 98％) as 0.98 too; anything else as <see cref="Number"/>.</summary>
    public static NumberField? Rate(Cell? cell, IngestContext context)
    {
        var text = cell is null ? "" : CellText.Squeeze(CellText.Clean(cell.Text));
        return GoalLint.Shared.Money.HasPercentSign(text) && GoalLint.Shared.Money.PercentPoints(text) is { } points
            ? new NumberField(points / 100m, CellText.Clean(cell!.Text), cell.At)
            : Number(cell, context);
    }

    /// <summary>An amount in <paramref name="unit"/> (元, 万元, 亿元), kept in 元.</summary>
    public static MoneyField? Money(Cell? cell, string unit, IngestContext context) =>
        Number(cell, context) is { } number ? GoalLint.Shared.Money.Field(number.Value, number.Raw, unit, number.At) : null;

    /// <summary>The money unit a label states: 预算金额（元） ⇒ 元, 项目资金 (万元) ⇒ 万元; 元 when none is stated.</summary>
    public static string UnitIn(string label) => GoalLint.Shared.Money.UnitIn(label) ?? "元";

    /// <summary>A four-digit year at the start of a label (2023年预算金额 ⇒ 2023), or null.</summary>
    public static int? LeadingYear(string label) =>
        LeadingYearPattern().Match(CellText.Squeeze(label)) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static bool IsDash(string text) => text is "—" or "——" or "-" or "－" or "/" or "－－";

    [GeneratedRegex("^((?:19|20)\\d{2})年")]
    private static partial Regex LeadingYearPattern();
}
