using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>
/// Where a field was read. Line and column are 1-based and refer to the decoded text of the
/// containing <see cref="PerformanceDocument"/> (its <see cref="PerformanceDocument.Path"/> is the file).
/// Spreadsheet sources also carry the sheet name and the A1 cell reference.
/// </summary>
/// <param name="Line">1-based line (for a spreadsheet, the row in its sheet); 0 when unknown.</param>
/// <param name="Column">1-based column, counted in characters; 0 when unknown.</param>
/// <param name="Sheet">The worksheet, for spreadsheet sources.</param>
/// <param name="Cell">The A1 reference of the cell, for spreadsheet sources.</param>
public readonly record struct SourceLocation(
    int Line,
    int Column,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sheet = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cell = null)
{
    public static readonly SourceLocation None = new(0, 0);

    [JsonIgnore]
    public bool IsKnown => Line > 0 || Cell is not null;

    public override string ToString() =>
        Cell is not null ? $"{Sheet}!{Cell}" : $"{Line}:{Column}";
}
