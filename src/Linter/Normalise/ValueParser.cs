using GoalLint.Model;
using GoalLint.Normalise.Values;

namespace GoalLint.Normalise;

/// <summary>
/// Parses an indicator value (指标值) into comparison, number, unit, period, deadline or qualitative
/// text. Hand-written scanning only: linear in the input, no regex, nothing that throws on bad text.
/// </summary>
public static class ValueParser
{
    /// <summary>No reader takes more than three numbers (a date); a fourth only proves the value is none of them.</summary>
    private const int MaxNumbers = 4;

    /// <summary>The numbers of the value being parsed: no reader keeps them, so one list per thread serves every value.</summary>
    [ThreadStatic]
    private static List<NumberToken>? t_numbers;

    public static ParsedValue Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParsedValue.Empty;
        }

        var text = ValueText.Normalise(raw);
        if (text.Length == 0)
        {
            return ParsedValue.Empty;
        }

        var numbers = t_numbers ??= new List<NumberToken>(MaxNumbers);
        numbers.Clear();
        if (!NumberScanner.TryScan(text, numbers, MaxNumbers))
        {
            return ParsedValue.Unparsed;
        }

        return DeadlineReader.TryRead(text, numbers)
            ?? (numbers.Count == 0 ? QualitativeReader.Read(text) : QuantityReader.Read(text, numbers));
    }
}
