using GoalLint.Model;

namespace GoalLint.Check.Rules;

/// <summary>
/// A field a YAML check reads, named as in the rule file: <c>indicator.annual-value</c>,
/// <c>goal.cycle</c>, <c>header.contact-phone</c>. Indicator fields are read once per indicator
/// in scope; table fields once per table.
/// </summary>
public sealed class Field : IParsable<Field>
{
    private static readonly Dictionary<string, Field> Known = new List<Field>
    {
        Of("indicator.name", i => i.Name),
        Of("indicator.description", i => i.Description),
        Of("indicator.formula", i => i.Formula),
        OfValues("indicator.cycle-value", i => i.CycleValue),
        OfValues("indicator.annual-value", i => i.AnnualValue),
        OfValues("indicator.actual-value", i => i.ActualValue),
        OfValues("indicator.targets", i => i.CycleValue, i => i.AnnualValue),
        OfValues("indicator.values", i => i.CycleValue, i => i.AnnualValue, i => i.ActualValue),
        Of("indicator.value-basis", i => i.ValueBasis),
        Of("indicator.deviation-reason", i => i.DeviationReason),
        // The words around the values: names, descriptions, formulas, bases and deviation reasons.
        Of("indicator.texts", i => i.Name, i => i.Description, i => i.Formula, i => i.ValueBasis, i => i.DeviationReason),
        Of("goal.cycle", t => [t.Goals.CycleGoal]),
        Of("goal.annual", t => [t.Goals.AnnualGoal]),
        Of("goal.expected", t => [t.Goals.ExpectedGoal]),
        Of("goal.actual", t => [t.Goals.ActualOutcome]),
        // Every goal text, a 部门整体 table's 年度主要任务 lines included (what the department will do with its money).
        Of("goal.any", t => [t.Goals.CycleGoal, t.Goals.AnnualGoal, t.Goals.ExpectedGoal, t.Goals.ActualOutcome, .. t.Goals.SubGoals.SelectMany(g => new[] { g.Goal, g.IndicatorText }),
            .. t.Tasks?.Lines.SelectMany(l => new[] { l.Name, l.Content }) ?? []]),
        Of("header.project-name", t => [t.Header.ProjectName]),
        Of("header.project-code", t => [t.Header.ProjectCode]),
        Of("header.spending-unit", t => [t.Header.SpendingUnit]),
        Of("header.supervising-department", t => [t.Header.SupervisingDepartment]),
        Of("header.contact-person", t => [t.Header.ContactPerson]),
        Of("header.contact-phone", t => [t.Header.ContactPhone]),
        Of("header.contact-email", t => [t.Header.ContactEmail]),
        Of("header.contacts", t => [t.Header.ContactPerson, t.Header.ContactPhone, t.Header.ContactEmail, .. t.Header.Other.Select(o => o.Value)]),
        // The budget and its parts as written (86万, 245): where a form's unit is its own, not the label's.
        Of("header.amounts", t => [Written(t.Header.Budget), Written(t.Header.FiscalFunds), Written(t.Header.OtherFunds)]),
        // Where a table writes money in words: its amounts as written and the 资金用途 text (其中设备采购48万).
        Of("header.money-texts", t => [Written(t.Header.Budget), Written(t.Header.FiscalFunds), Written(t.Header.OtherFunds), t.Header.FundUse]),
        Money("header.budget", t => t.Header.Budget),
        Money("header.fiscal-funds", t => t.Header.FiscalFunds),
        Money("header.other-funds", t => t.Header.OtherFunds),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    private Field(string name, Func<PerformanceTable, TextField?[]>? table, Func<Indicator, TextField?>[]? indicator, Func<Indicator, IndicatorValue?>[]? values, Func<PerformanceTable, MoneyField?>? money = null)
    {
        MoneyOf = money;
        Name = name;
        TableTexts = table;
        IndicatorTexts = indicator;
        IndicatorValues = values;
    }

    public string Name { get; }

    /// <summary>True for indicator.* fields: read per indicator, and findings name the indicator.</summary>
    public bool IsIndicatorField => IndicatorTexts is not null;

    /// <summary>True when the field holds indicator values that have a parsed reading.</summary>
    public bool HasParsedValues => IndicatorValues is not null;

    /// <summary>For header amounts (预算金额, 财政资金): the money, in 元, of a table.</summary>
    public Func<PerformanceTable, MoneyField?>? MoneyOf { get; }

    private Func<PerformanceTable, TextField?[]>? TableTexts { get; }

    /// <summary>An indicator field's cells, one reader each: read in place per indicator, no array per call.</summary>
    private Func<Indicator, TextField?>[]? IndicatorTexts { get; }

    private Func<Indicator, IndicatorValue?>[]? IndicatorValues { get; }

    public static IReadOnlyCollection<string> Names => Known.Keys;

    /// <summary>The filled texts of this field in a table (table fields) or an indicator (indicator fields).</summary>
    public TextField[] Texts(PerformanceTable table) => Filled(TableTexts?.Invoke(table) ?? []);

    /// <summary>The filled texts of an indicator field, first of each text only, walked in place (this runs for every indicator under every rule).</summary>
    public FilledCells<TextField> Texts(Indicator indicator) => new(indicator, IndicatorTexts ?? [], static f => f.IsBlank ? null : f.Text);

    /// <summary>Filled values; a cycle value identical to the annual value counts once, so a row draws one finding, not two.</summary>
    public FilledCells<IndicatorValue> Values(Indicator indicator) => new(indicator, IndicatorValues ?? [], static v => v.Raw.IsBlank ? null : v.Text);

    public static Field Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var f) ? f : throw new FormatException($"'{s}' is not a field; use one of: {string.Join(", ", Known.Keys)}.");

    public static bool TryParse(string? s, IFormatProvider? provider, out Field result)
    {
        var found = Known.GetValueOrDefault(s?.Trim() ?? "");
        result = found!;
        return found is not null;
    }

    public override string ToString() => Name;

    private static Field Of(string name, params Func<Indicator, TextField?>[] texts) => new(name, null, texts, null);

    /// <summary>An indicator field of values: its texts are the values as written.</summary>
    private static Field OfValues(string name, params Func<Indicator, IndicatorValue?>[] values) =>
        new(name, null, [.. values.Select(v => (Func<Indicator, TextField?>)(i => v(i)?.Raw))], values);

    private static Field Of(string name, Func<PerformanceTable, TextField?[]> texts) => new(name, texts, null, null);

    private static Field Money(string name, Func<PerformanceTable, MoneyField?> money) =>
        new(name, t => money(t) is { } m ? [new TextField(m.Raw, m.At)] : [], null, null, money);

    private static TextField? Written(MoneyField? money) => money is null ? null : new TextField(money.Raw, money.At);

    private static TextField[] Filled(TextField?[] fields) => DistinctFilled(fields, f => f.IsBlank ? null : f.Text);

    /// <summary>
    /// The items whose <paramref name="text"/> is not null, first of each text only (a table field's;
    /// an indicator field's are walked by <see cref="FilledCells{T}"/> the same way). It compares each
    /// item with the ones before it and returns the array it was given when every item is kept.
    /// </summary>
    private static T[] DistinctFilled<T>(T?[] items, Func<T, string?> text)
        where T : class
    {
        Span<bool> keep = items.Length <= 64 ? stackalloc bool[items.Length] : new bool[items.Length];
        var kept = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } item && text(item) is { } key && !KeptBefore(items, keep[..i], key, text))
            {
                keep[i] = true;
                kept++;
            }
        }

        if (kept == items.Length)
        {
            return items!;
        }

        var found = kept == 0 ? [] : new T[kept];
        for (int i = 0, n = 0; n < kept; i++)
        {
            if (keep[i])
            {
                found[n++] = items[i]!;
            }
        }

        return found;
    }

    private static bool KeptBefore<T>(T?[] items, ReadOnlySpan<bool> keep, string key, Func<T, string?> text)
        where T : class
    {
        for (var j = 0; j < keep.Length; j++)
        {
            if (keep[j] && text(items[j]!) == key)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// An indicator field's filled cells (text not null), first of each text only, read one by one
/// from the indicator: a struct walk, as an array per indicator per rule was most of what the
/// text and value checks allocated.
/// </summary>
public readonly struct FilledCells<T>(Indicator indicator, Func<Indicator, T?>[] cells, Func<T, string?> text)
    where T : class
{
    public Enumerator GetEnumerator() => new(indicator, cells, text);

    /// <summary>The first filled cell, or null.</summary>
    public T? FirstOrDefault()
    {
        foreach (var cell in this)
        {
            return cell;
        }

        return null;
    }

    public struct Enumerator(Indicator indicator, Func<Indicator, T?>[] cells, Func<T, string?> text)
    {
        private int _next;

        public T Current { get; private set; } = null!;

        public bool MoveNext()
        {
            while (_next < cells.Length)
            {
                var at = _next++;
                if (cells[at](indicator) is { } cell && text(cell) is { } key && !FilledBefore(at, key))
                {
                    Current = cell;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a cell before <paramref name="at"/> holds the same text (fields hold one to five cells).</summary>
        private readonly bool FilledBefore(int at, string key)
        {
            for (var j = 0; j < at; j++)
            {
                if (cells[j](indicator) is { } earlier && text(earlier) == key)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
