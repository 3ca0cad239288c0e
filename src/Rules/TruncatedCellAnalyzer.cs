using System.Runtime.CompilerServices;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// A cell cut off by the exporting system: its text is a strict prefix of another cell of the
/// same kind (names with names, values with values) anywhere in the document, as 「正面报道和市政府认」
/// beside 「正面报道和市政府认可」. Not when the longer text only adds a bracket or a clause
/// (「满意度」 / 「满意度（%）」), nor when the shorter one ends a sentence (。) or on a word that
/// closes a phrase (param whole-endings: 率, 度, 前 …). Values: {full} (the longer text), {full-where}.
/// </summary>
public sealed class TruncatedCellAnalyzer : ITableAnalyzer
{
    /// <summary>Each document's cells, indexed once and shared by the calls for its tables (in parallel).</summary>
    private static readonly ConditionalWeakTable<PerformanceDocument, CellIndex> Indexes = [];

    public void Analyze(AnalysisContext context)
    {
        if (context is not { Table: { } table, Document: { } document })
        {
            return;
        }

        var minLength = (int)Math.Max(2m, context.Params.Number("min-length", 6m));
        var wholeEndings = context.Params.Words("whole-endings");
        var index = document.Tables.Contains(table) ? Indexes.GetValue(document, d => new CellIndex(d.Tables)) : new CellIndex([.. document.Tables, table]);

        // Loops over the fields, not arrays and delegates per indicator: this runs on every table.
        foreach (var indicator in table.Indicators)
        {
            Check(context, indicator, indicator.Name, index.Names, minLength, wholeEndings);
        }

        foreach (var indicator in table.Indicators)
        {
            Check(context, indicator, indicator.Description, index.Values, minLength, wholeEndings);
            Check(context, indicator, indicator.CycleValue?.Raw, index.Values, minLength, wholeEndings);
            Check(context, indicator, indicator.AnnualValue?.Raw, index.Values, minLength, wholeEndings);
            Check(context, indicator, indicator.ActualValue?.Raw, index.Values, minLength, wholeEndings);
        }
    }

    private static void Check(AnalysisContext context, Indicator indicator, TextField? cell, (string Key, TextField Cell)[] longer, int minLength, IReadOnlyList<string> wholeEndings)
    {
        if (cell is null)
        {
            return;
        }

        var key = Squash(cell.Text);
        if (key.Length >= minLength && !char.IsPunctuation(key[^1]) && !EndsWithAny(key, wholeEndings) && Extension(longer, key) is { } full)
        {
            context.Report(cell, indicator, Values(("full", full.Text), ("full-where", Where(full.At))));
        }
    }

    private static bool EndsWithAny(string key, IReadOnlyList<string> endings)
    {
        foreach (var ending in endings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Name cells and value cells of a set of tables, each indexed by <see cref="Index"/>.</summary>
    private sealed class CellIndex
    {
        public CellIndex(IReadOnlyList<PerformanceTable> tables)
        {
            var names = new List<TextField?>();
            var values = new List<TextField?>();
            foreach (var table in tables)
            {
                foreach (var indicator in table.Indicators)
                {
                    names.Add(indicator.Name);
                    values.AddRange(indicator.Description, indicator.CycleValue?.Raw, indicator.AnnualValue?.Raw, indicator.ActualValue?.Raw);
                }
            }

            Names = Index(names);
            Values = Index(values);
        }

        public (string Key, TextField Cell)[] Names { get; }

        public (string Key, TextField Cell)[] Values { get; }
    }

    /// <summary>Every distinct folded text with its first cell, sorted so the texts a prefix starts follow it directly.</summary>
    private static (string Key, TextField Cell)[] Index(List<TextField?> cells)
    {
        var seen = new HashSet<string>(cells.Count, StringComparer.Ordinal);
        var index = new List<(string Key, TextField Cell)>(cells.Count);
        foreach (var cell in cells)
        {
            if (cell is not null && Squash(cell.Text) is { Length: > 0 } key && seen.Add(key))
            {
                index.Add((key, cell));
            }
        }

        var sorted = index.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return sorted;
    }

    /// <summary>The shortest longer text that continues <paramref name="key"/> with more words (not a bracket or a new clause).</summary>
    private static TextField? Extension((string Key, TextField Cell)[] sorted, string key)
    {
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = string.CompareOrdinal(sorted[mid].Key, key) < 0 ? (mid + 1, hi) : (lo, mid);
        }

        // A loop, not a LINQ chain: this runs for every name and value cell of every table.
        TextField? shortest = null;
        var shortestLength = int.MaxValue;
        for (var i = lo; i < sorted.Length && sorted[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            var e = sorted[i].Key;
            if (e.Length > key.Length && e.Length < shortestLength && !char.IsPunctuation(e[key.Length]) && !char.IsSymbol(e[key.Length]))
            {
                (shortest, shortestLength) = (sorted[i].Cell, e.Length);
            }
        }

        return shortest;
    }
}
