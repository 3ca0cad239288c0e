using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Normalise;

/// <summary>
/// The step between ingest and check: maps 一级/二级 labels onto the canonical frame (the
/// vocabulary's categories), parses every indicator value, reads what each indicator measures, and takes out numbers no rule can
/// do arithmetic with (<see cref="NumberRange"/>). Runs once per document; rules only ever see
/// normalised tables.
/// </summary>
public static partial class Normaliser
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
        table.Header.BudgetYear ??= TitleYear(table);
        foreach (var indicator in table.Indicators)
        {
            indicator.Level2Category = vocabulary.Level2(indicator.Level2?.Text);
            indicator.Level1Category = vocabulary.Level1(indicator.Level1?.Text) switch
            {
                Level1Category.Unknown => vocabulary.ParentOf(indicator.Level2Category),
                var known => known,
            };
            Parse(indicator.CycleValue);
            Parse(indicator.AnnualValue);
            Parse(indicator.ActualValue);
            indicator.NotApplicable = NotApplicableRow.Is(indicator);
            indicator.Measure = MeasureClassifier.Classify(indicator, vocabulary);
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

    /// <summary>
    /// The budget year a table's own title states (2025年度项目支出绩效目标表, 上海市某区2025年度预算项目…表)
    /// when no label gave one: only a title that names a form (<see cref="PerformanceTable.FormKind"/>) and
    /// a single year, not a span (2024-2026年).
    /// </summary>
    private static NumberField? TitleYear(PerformanceTable table) =>
        table is { FormKind: not null, Title: { Text.Length: <= MaxTitleChars } title } && TitleYearPattern().Match(title.Text) is { Success: true } m
            ? new NumberField(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[1].Value, title.At)
            : null;

    /// <summary>
    /// A title is a line; a longer "title" is a cell that ran on, and names no form's year. Capped,
    /// the pattern's look-ahead (quadratic in the text at worst) takes microseconds, so it runs
    /// without a wall-clock time-out: a 1 s one fired in a 100k run when a collection paused the
    /// thread mid-match, and the exception ended the run.
    /// </summary>
    private const int MaxTitleChars = 200;

    [GeneratedRegex(@"^\D{0,20}?((?:19|20)\d{2})\s*年(?!\s*[-—–~至到])(?!.*(?:19|20)\d{2}\s*年)", RegexOptions.None)]
    private static partial Regex TitleYearPattern();

    private static void Parse(IndicatorValue? value)
    {
        if (value is not null)
        {
            value.Parsed = ValueParser.Parse(value.Text);
        }
    }
}
