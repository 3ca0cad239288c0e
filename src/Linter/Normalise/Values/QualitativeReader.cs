using GoalLint.Model;

namespace GoalLint.Normalise.Values;

/// <summary>Reads a value without Arabic digits: 是, 达标, 良好, 巩固提升 — or a quantity whose number is missing.</summary>
internal static class QualitativeReader
{
    public static ParsedValue Read(string text)
    {
        if (Comparisons.HasSymbol(text) || Words.HasWrittenOutNumber(text))
        {
            return ParsedValue.Unparsed;
        }

        var rest = text;
        return new ParsedValue { Kind = ValueKind.Qualitative, Period = Periods.TakeLeading(ref rest), Text = text };
    }
}
