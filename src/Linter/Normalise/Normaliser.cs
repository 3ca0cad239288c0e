using GoalLint.Model;

namespace GoalLint.Normalise;

/// <summary>
/// The step between ingest and check: maps 一级/二级 labels onto the canonical frame (the
/// vocabulary's categories), parses every indicator value, reads what each indicator measures, and takes out numbers no rule can
/// do arithmetic with (<see cref="NumberRange"/>). Runs once per document; rules only ever see
/// normalised tables.
/// </summary>
public static class Normaliser
{
    public static PerformanceDocument Normalise(PerformanceDocument document)
    {
        foreach (var table in document.Tables)
        {
            Normalise(table);
        }

        NumberRange.Check(document);
        return document;
    }

    public static void Normalise(PerformanceTable table)
    {
        var vocabulary = Vocabulary.Current;
        foreach (var indicator in table.Indicators)
        {
            indicator.Level2Category = vocabulary.Level2(indicator.Level2?.Text);
            indicator.Level1Category = vocabulary.Level1(indicator.Level1?.Text) switch
            {
                Level1Category.Unknown => vocabulary.ParentOf(indicator.Level2Category),
                var known => known,
            };
            if (indicator is { Level1Category: Level1Category.Effect, Level2Category: Level2Category.Unknown }
                && vocabulary.Level2(indicator.Name?.Text) is var named && vocabulary.ParentOf(named) is Level1Category.Effect or Level1Category.Satisfaction)
            {
                // The 2020 evaluation frame's one 二级 under 效益 (项目效益) leaves the kind to the 三级 (社会效益, 参训人员满意度).
                indicator.Level2Category = named;
            }

            Parse(indicator.CycleValue);
            Parse(indicator.AnnualValue);
            Parse(indicator.ActualValue);
            indicator.NotApplicable = NotApplicableRow.Is(indicator);
            indicator.Measure = MeasureClassifier.Classify(indicator, vocabulary);
            indicator.LowerIsBetter = vocabulary.IsLowerBetter(indicator.Name?.Text);
        }

        for (var i = 0; i < table.Slots.Count; i++)
        {
            var slot = table.Slots[i];
            var level2 = vocabulary.Level2(slot.Level2?.Text);
            var level1 = vocabulary.Level1(slot.Level1?.Text);
            table.Slots[i] = slot with
            {
                Level2Category = level2,
                Level1Category = level1 == Level1Category.Unknown ? vocabulary.ParentOf(level2) : level1,
            };
        }
    }

    private static void Parse(IndicatorValue? value)
    {
        if (value is not null)
        {
            value.Parsed = ValueParser.Parse(value.Text);
        }
    }
}
