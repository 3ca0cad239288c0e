using System.Collections.Concurrent;

namespace GoalLint.Model;

/// <summary>
/// Shares equal pieces among the summaries a run keeps (<see cref="PerformanceDocument.Summary"/>):
/// short texts and the readings of short values across the whole run (indicator names, 一级/二级
/// labels and values such as ≥90% repeat from table to table), and equal text fields within a
/// document (a 一级 label carried down its rows). What a run keeps then grows with the distinct
/// texts, not with every row that repeats one. Thread-safe; past <see cref="MaxTexts"/> distinct
/// texts and values a new one is kept as it is.
/// </summary>
public sealed class SummaryPool
{
    /// <summary>Texts longer than this (goals, whole rows) are rarely equal and are not shared.</summary>
    public const int MaxChars = 48;

    /// <summary>How many distinct texts the run shares at most, so the pool itself stays bounded.</summary>
    public const int MaxTexts = 1 << 20;

    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParsedValue> _values = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The run's instance of <paramref name="text"/>.</summary>
    public string Text(string text) => Share(_texts, text, text);

    /// <summary>
    /// The run's instance of the reading of a value written <paramref name="text"/>. Within a run (one
    /// vocabulary) a reading depends on the text alone; one that is not equal to the shared one is kept as it is.
    /// </summary>
    public ParsedValue Value(string text, ParsedValue parsed) => Share(_values, text, parsed) is var shared && shared == parsed ? shared : parsed;

    private T Share<T>(ConcurrentDictionary<string, T> pool, string key, T value)
        where T : class
    {
        if (key.Length > MaxChars)
        {
            return value;
        }

        if (pool.TryGetValue(key, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref _count) >= MaxTexts)
        {
            return value;
        }

        var added = pool.GetOrAdd(key, value);
        if (ReferenceEquals(added, value))
        {
            Interlocked.Increment(ref _count);
        }

        return added;
    }

    /// <summary>Shares a document's equal text fields, each holding the run's instance of its text.</summary>
    internal sealed class Fields(SummaryPool pool)
    {
        private readonly Dictionary<TextField, TextField> _fields = [];

        public TextField? Of(TextField? field)
        {
            if (field is null)
            {
                return null;
            }

            if (!_fields.TryGetValue(field, out var shared))
            {
                var text = pool.Text(field.Text);
                shared = ReferenceEquals(text, field.Text) ? field : field with { Text = text };
                _fields[field] = shared;
            }

            return shared;
        }

        public ParsedValue Value(IndicatorValue value) => pool.Value(value.Text, value.Parsed);
    }
}
