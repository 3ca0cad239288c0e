using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// Places the label/value pairs of a form on the table: header fields (through <see cref="HeaderFieldMap.Set"/>,
/// the one way every reader sets them, fund sources included), the goals, and every other label (实施文件依据,
/// 填报日期, the sections of a report after the form) in <see cref="TableHeader.Other"/>. The first value of a
/// label wins; a repeat (a report restating 项目名称 and a 联系电话) is kept in Other.
/// </summary>
internal static class PairFields
{
    /// <summary>Fills the table from <paramref name="pairs"/>; returns the amount unit (金额单位: 万元, default 元).</summary>
    public static string Apply(IEnumerable<LabelledValue> pairs, PerformanceTable table, IngestContext context)
    {
        var filled = pairs.Where(p => !p.IsBlank).ToList();
        var unit = filled.FirstOrDefault(IsUnit) is { } u ? Vocabulary.Current.MoneyUnit(u.Value.Text)! : "元";
        var values = new GridHeaderValues(context, unit);
        var header = table.Header;
        foreach (var pair in filled.Where(p => !IsUnit(p)))
        {
            var value = pair.Value;
            var placed = Vocabulary.Current.GoalOf(pair.Label) switch
            {
                GoalField.ExpectedGoal => Set(table.Goals.ExpectedGoal, v => table.Goals.ExpectedGoal = v, value),
                GoalField.ActualOutcome => Set(table.Goals.ActualOutcome, v => table.Goals.ActualOutcome = v, value),
                _ => HeaderFieldMap.Find(pair.Label) switch
                {
                    // The year as written (2019年): the form's own number reading keeps its text.
                    HeaderField.BudgetYear => SetYear(header, value),
                    { } field => !HeaderFieldMap.IsSet(header, field) && HeaderFieldMap.Set(header, field, pair.LabelCell, new Cell(value.Text, value.At), values),
                    null => false,
                },
            };
            if (!placed)
            {
                header.Other.Add(new LabelledField(pair.Label, value));
            }
        }

        return unit;
    }

    /// <summary>A label of a unit (金额单位, 单位) whose value is a money unit.</summary>
    private static bool IsUnit(LabelledValue pair) =>
        pair.Key.EndsWith("单位", StringComparison.Ordinal) && Vocabulary.Current.MoneyUnit(pair.Value.Text) is not null;

    private static bool SetYear(TableHeader header, TextField value)
    {
        if (header.BudgetYear is not null || SectionLabels.Number(new Cell(value.Text, value.At)) is not { Value: >= 1900 and <= 2200 } year)
        {
            return false;
        }

        header.BudgetYear = year;
        return true;
    }

    private static bool Set(TextField? current, Action<TextField> set, TextField value)
    {
        if (current is not null)
        {
            return false;
        }

        set(value);
        return true;
    }
}
