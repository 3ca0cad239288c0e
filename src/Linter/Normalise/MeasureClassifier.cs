using GoalLint.Model;
using GoalLint.Shared;

namespace GoalLint.Normalise;

/// <summary>
/// Reads what an indicator measures (<see cref="Measure"/>) from the vocabulary's <c>measures</c>:
/// the 三级 name first, then the unit and kind of its target (annual, else cycle). Categories,
/// costs and units are then judged from this one reading instead of a word list per rule.
/// </summary>
internal static class MeasureClassifier
{
    /// <summary>Notes after the name (（%）, (万元), ：说明) say nothing about what it measures.</summary>
    private static readonly char[] NoteStarts = ['（', '(', '【', '[', '：', ':'];

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\n\r\u3000\u00A0");

    /// <summary>Longer text in the name column is content, not a name: it is left to the value.</summary>
    private const int MaxNameChars = 60;

    public static Measure Classify(Indicator indicator, Vocabulary vocabulary)
    {
        var name = Head(indicator.Name?.Text);
        if (name.Length is > 0 and <= MaxNameChars)
        {
            foreach (var words in vocabulary.Measures)
            {
                if (NameShows(words, name) && !TargetSays(words.Not, indicator))
                {
                    return words.Measure == Measure.Time && IsAmountOfTime(words, name, Target(indicator)) ? Measure.Count : words.Measure;
                }
            }
        }

        var target = Target(indicator);
        if (target is null)
        {
            return Measure.Unknown;
        }

        var unit = target.Unit is { } u ? u.Split('/')[0] : null;
        foreach (var words in vocabulary.Measures)
        {
            if (unit is not null ? words.Units.Contains(unit) : words.Kinds.Contains(target.Kind))
            {
                return words.Measure;
            }
        }

        return Measure.Unknown;
    }

    /// <summary>
    /// A target that says what the name's words must not (降低, 节约 for a cost) turns the reading: 运行维护成本
    /// 有所降低 measures a saving, an effect, not the cost of an output.
    /// </summary>
    private static bool TargetSays(List<string> words, Indicator indicator) =>
        words.Count > 0 && (indicator.AnnualValue ?? indicator.CycleValue)?.Text is { } text && WordList.AnyIn(text, words);

    private static ParsedValue? Target(Indicator indicator) =>
        indicator.AnnualValue?.Parsed is { Kind: not (ValueKind.Empty or ValueKind.Unparsed) } annual ? annual : indicator.CycleValue?.Parsed;

    /// <summary>
    /// A duration named by its head (服务时长, 培训时间) that must be reached at least (≥10小时, 不少于40学时)
    /// is an amount of service delivered, a quantity; a time limit is an upper bound or a deadline.
    /// Names that say timeliness anywhere (及时率, 按期完成率) stay times.
    /// </summary>
    private static bool IsAmountOfTime(MeasureWords words, ReadOnlySpan<char> name, ParsedValue? target) =>
        target is { Kind: ValueKind.Quantity, Comparison: Comparison.AtLeast or Comparison.GreaterThan, Unit: { } unit }
        && unit is not ("%" or "％") && !WordList.AnyIn(name, words.Contains);

    private static bool NameShows(MeasureWords words, ReadOnlySpan<char> name) =>
        !WordList.AnyIn(name, words.Not) && (WordList.AnyIn(name, words.Contains) || WordList.AnyEnds(name, words.Ends));

    /// <summary>
    /// The name without a trailing note and spaces: 服务对象满意度（%） ⇒ 服务对象满意度. A span over the
    /// cell, copied only when it holds spaces: this runs for every indicator of every table.
    /// </summary>
    private static ReadOnlySpan<char> Head(string? name)
    {
        if (name is null)
        {
            return [];
        }

        var head = name.AsSpan().Trim();
        var note = head.IndexOfAny(NoteStarts);
        head = (note > 0 ? head[..note] : head).TrimEnd("。.；;，, ");
        return head.Length <= MaxNameChars && head.ContainsAny(Spaces) ? CellText.Squeeze(head.ToString()) : head;
    }
}
