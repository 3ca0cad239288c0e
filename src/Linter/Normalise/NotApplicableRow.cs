using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Normalise;

/// <summary>
/// Recognises an unused 二级 slot: its 三级指标 is a not-applicable mark (or empty, with marked values) and it
/// carries no weight or score. Forms of every province use these marks to say "does not apply";
/// the same words on a row that carries weight are a placeholder, not a mark.
/// </summary>
public static class NotApplicableRow
{
    private static readonly HashSet<string> Marks =
        ["*", "＊", "/", "／", "-", "—", "——", "_", "无", "暂无", "不涉及", "不适用", "此项目不涉及该指标", "本项目不涉及该指标", "此项目不涉及"];

    private static readonly char[] EndPunctuation = ['。', '.', '；', ';'];

    public static bool Is(Indicator indicator)
    {
        // The slot is marked by its 三级指标; under a marked name, 0 is the form's filler for the value columns.
        // A real name with a not-applicable value is a contradiction the unit must resolve, so it stays a placeholder.
        // A real name ends the test before the values are looked at: that is almost every row.
        var name = indicator.Name?.Text;
        var nameMarked = IsMark(name);
        if (!nameMarked && !string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var anyValue = false;
        foreach (var value in (ReadOnlySpan<string?>)[indicator.CycleValue?.Text, indicator.AnnualValue?.Text, indicator.ActualValue?.Text])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            anyValue = true;
            if (!IsMark(value) && value.Trim() != "0" && !value.Contains("不涉及", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return (nameMarked || anyValue) && indicator.Weight is null or { Value: 0 } && indicator.Score is null or { Value: 0 };
    }

    private static bool IsMark(string? text) =>
        text is not null && Marks.Contains(CellText.Squeeze(text).Trim(EndPunctuation));
}
