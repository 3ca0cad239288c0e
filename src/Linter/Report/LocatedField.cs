using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Report;

/// <summary>
/// Which field of its indicator a finding points at (the annual value, the cycle value, the name …):
/// the finding's location role. Two findings of one rule on one indicator with the same evidence
/// (巩固提升 as both the cycle and the annual value) differ only by it.
/// </summary>
public static class LocatedField
{
    /// <summary>The indicator's fields that hold text, as (role, text, where), in no particular order.</summary>
    public static IEnumerable<(string Role, string Text, SourceLocation At)> Fields(Indicator i)
    {
        (string, TextField?)[] texts =
        [
            ("level1", i.Level1), ("level2", i.Level2), ("name", i.Name), ("description", i.Description), ("formula", i.Formula),
            ("cycle-value", i.CycleValue?.Raw), ("annual-value", i.AnnualValue?.Raw), ("value-basis", i.ValueBasis),
            ("actual-value", i.ActualValue?.Raw), ("deviation-reason", i.DeviationReason), ("scoring-standard", i.ScoringStandard),
        ];
        foreach (var (role, text) in texts)
        {
            if (text is { Text.Length: > 0 })
            {
                yield return (role, text.Text, text.At);
            }
        }

        foreach (var (role, number) in new[] { ("weight", i.Weight), ("score", i.Score) })
        {
            if (number is not null)
            {
                yield return (role, number.Raw, number.At);
            }
        }
    }

    /// <summary>Whether a field's text covers the location: the same cell, or the same line within its text.</summary>
    public static bool Holds(string text, SourceLocation field, SourceLocation at, int length) =>
        field == at ||
        (at.Cell is null && field.Cell is null && field.Line == at.Line && field.Column <= at.Column && at.Column + length <= field.Column + text.Length) ||
        (at.Cell is not null && field.Cell == at.Cell && field.Sheet == at.Sheet);

    /// <summary>The indicator a finding names, in its document: the one on the finding's line when several share the name.</summary>
    public static Indicator? IndicatorOf(Finding f, PerformanceDocument? document)
    {
        var table = document?.Tables.FirstOrDefault(t => t.Index == f.Table?.Index);
        var candidates = table?.Indicators.Where(i => f.Indicator is not null && IndicatorReference.From(i) == f.Indicator).ToArray() ?? [];
        return candidates.FirstOrDefault(i => i.At.Line == f.At.Line) ?? candidates.FirstOrDefault(i => i.SourceRow is not null) ?? candidates.FirstOrDefault();
    }

    /// <summary>The role of the field the finding points at; "table" for a table-level finding, "file" for a file-level one, "row" when no field holds it.</summary>
    public static string RoleOf(Finding f, PerformanceDocument? document)
    {
        if (f.Indicator is null)
        {
            return f.Table is null ? "file" : "table";
        }

        var indicator = IndicatorOf(f, document);
        return indicator is null ? "row" : Fields(indicator).FirstOrDefault(x => Holds(x.Text, x.At, f.At, f.Evidence.Length)).Role ?? "row";
    }
}
