using GoalLint.Analysis;

namespace GoalLint.Model;

/// <summary>
/// Shares equal pieces among the summaries a run keeps (<see cref="PerformanceDocument.Summary"/>):
/// short texts and the readings of short values across the whole run (indicator names, 一级/二级
/// labels and values such as ≥90% repeat from table to table), the compared fields of indicator rows
/// that read the same (<see cref="IndicatorFacts"/>), and equal text fields within a document (a 一级
/// label carried down its rows). What a run keeps then grows with the distinct texts and rows, not
/// with every row that repeats one. Thread-safe; past <see cref="MaxTexts"/> distinct texts, values
/// and rows a new one is kept as it is.
/// </summary>
public sealed class SummaryPool
{
    /// <summary>Texts longer than this (goals, whole rows) are rarely equal and are not shared.</summary>
    public const int MaxChars = 48;

    /// <summary>How many distinct texts, values and rows the run shares at most, so the pool itself stays bounded.</summary>
    public const int MaxTexts = 1 << 20;

    /// <summary>Locks over the sets below, one per slice of the hash codes, so the two workers rarely wait on each other.</summary>
    private const int Stripes = 16;

    // Sets under locks rather than concurrent dictionaries: an entry costs 16–24 bytes instead of a 48-byte
    // node, and a run of a million tables keeps millions of them (docs/performance.md, tenth session). Texts and
    // rows are their own keys, so they are kept in hash sets (16 bytes an entry, not a dictionary's 24).
    private readonly Striped<HashSet<string>> _texts = new(() => new HashSet<string>(StringComparer.Ordinal));
    private readonly Striped<Dictionary<string, ParsedValue>> _values = new(() => new Dictionary<string, ParsedValue>(StringComparer.Ordinal));
    private readonly Striped<HashSet<IndicatorRow>> _rows = new(() => []);
    private int _count;

    /// <summary>How many distinct texts, values and rows the pool shares (at most <see cref="MaxTexts"/>).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The run's instance of <paramref name="text"/>.</summary>
    public string Text(string text) => text.Length > MaxChars ? text : Share(_texts, text, StringComparer.Ordinal.GetHashCode(text));

    /// <summary>
    /// The run's instance of the reading of a value written <paramref name="text"/>. Within a run (one
    /// vocabulary) a reading depends on the text alone; one that is not equal to the shared one is kept as it is.
    /// </summary>
    public ParsedValue Value(string text, ParsedValue parsed)
    {
        if (text.Length > MaxChars)
        {
            return parsed;
        }

        var stripe = _values.Stripe(StringComparer.Ordinal.GetHashCode(text));
        lock (stripe)
        {
            if (stripe.TryGetValue(text, out var shared))
            {
                return shared == parsed ? shared : parsed;
            }

            if (Room())
            {
                stripe.Add(text, parsed);
            }

            return parsed;
        }
    }

    /// <summary>The run's instance of an indicator's compared fields (<see cref="IndicatorFacts"/>): rows that read the same are kept once.</summary>
    internal IndicatorRow Row(IndicatorRow row) => Share(_rows, row, row.GetHashCode());

    private T Share<T>(Striped<HashSet<T>> pool, T value, int hash)
    {
        var stripe = pool.Stripe(hash);
        lock (stripe)
        {
            if (stripe.TryGetValue(value, out var shared))
            {
                return shared;
            }

            if (Room())
            {
                stripe.Add(value);
            }

            return value;
        }
    }

    /// <summary>Counts one more shared piece, if the pool has room for it (<see cref="MaxTexts"/>).</summary>
    private bool Room()
    {
        if (Volatile.Read(ref _count) >= MaxTexts)
        {
            return false;
        }

        Interlocked.Increment(ref _count);
        return true;
    }

    /// <summary>A set or dictionary cut into <see cref="Stripes"/> slices by hash code, each locked on its own.</summary>
    private sealed class Striped<TSlice>(Func<TSlice> create)
        where TSlice : class
    {
        private readonly TSlice[] _stripes = [.. Enumerable.Range(0, Stripes).Select(_ => create())];

        public TSlice Stripe(int hash) => _stripes[(uint)hash % Stripes];
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
