using System.Collections.Concurrent;

namespace GoalLint.Model;

/// <summary>
/// Shares equal pieces among the summaries a run keeps (<see cref="PerformanceDocument.Summary"/>):
/// short texts across the whole run (indicator names, 一级/二级 labels and values repeat from table to
/// table), and equal text fields within a document (a 一级 label carried down its rows). What a run
/// keeps then grows with the distinct texts, not with every row that repeats one. Thread-safe; past
/// <see cref="MaxTexts"/> distinct texts a new text is kept as it is.
/// </summary>
public sealed class SummaryPool
{
    /// <summary>Texts longer than this (goals, whole rows) are rarely equal and are not shared.</summary>
    public const int MaxChars = 48;

    /// <summary>How many distinct texts the run shares at most, so the pool itself stays bounded.</summary>
    public const int MaxTexts = 1 << 20;

    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The run's instance of <paramref name="text"/>.</summary>
    public string Text(string text)
    {
        if (text.Length > MaxChars)
        {
            return text;
        }

        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref _count) >= MaxTexts)
        {
            return text;
        }

        var added = _texts.GetOrAdd(text, text);
        if (ReferenceEquals(added, text))
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
    }
}
