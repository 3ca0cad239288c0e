using System.Globalization;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// The same run of indicator rows (same 三级 names, same values, in the same order) in two
/// tables of different projects across the run: a block copied rather than written for the
/// project. Reported once on the later table, at the block's first row. Values: {other}
/// (the other project), {other-file}, {other-where}, {count} (rows in the shared block).
/// </summary>
/// <remarks>
/// Each row remembers the first <see cref="MaxHolders"/> tables that hold it: a row that more
/// tables share (「服务对象满意度 ≥90%」) is boilerplate, not evidence of copying, and following
/// every holder of it would make a province's run quadratic. A row is held as the number of its
/// distinct key in the run (-1 for a row without a real name), so the run keeps one copy of each
/// distinct row's text, not one per table.
/// </remarks>
public sealed class DuplicateBlockAnalyzer : IFactRunAnalyzer
{
    private const int MaxHolders = 64;

    public void Analyze(AnalysisContext context)
    {
        var minRows = (int)Math.Max(2m, context.Params.Number("min-indicators", 4m));
        var entries = Entries(context);
        var holders = new Dictionary<int, List<int>>();
        var shared = new Dictionary<int, int>();
        for (var later = 0; later < entries.Length; later++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var entry = entries[later];
            var distinct = entry.Rows.Where(r => r >= 0).Distinct().ToArray();
            if (entry.Project.Length > 0)
            {
                ReportFirstMatch(context, entries, entry, Candidates(distinct, holders, minRows, shared), minRows);
            }

            foreach (var key in distinct)
            {
                var list = holders.TryGetValue(key, out var held) ? held : holders[key] = [];
                if (list.Count < MaxHolders)
                {
                    list.Add(later);
                }
            }
        }
    }

    /// <summary>Each table of the run with its project and its rows' key numbers; the keys' texts go once numbered.</summary>
    private static Entry[] Entries(AnalysisContext context)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return context.Facts.Select(t => new Entry(t, NameKey(t.ProjectName), t.Indicators.Select(i => RowId(i, ids)).ToArray())).ToArray();
    }

    /// <summary>
    /// Earlier tables sharing at least <paramref name="minRows"/> distinct rows, in run order.
    /// <paramref name="shared"/> is scratch space for the counts, reused from table to table.
    /// </summary>
    private static List<int> Candidates(int[] keys, Dictionary<int, List<int>> holders, int minRows, Dictionary<int, int> shared)
    {
        shared.Clear();
        foreach (var key in keys)
        {
            foreach (var table in holders.TryGetValue(key, out var list) ? list : [])
            {
                shared[table] = shared.GetValueOrDefault(table) + 1;
            }
        }

        var found = shared.Where(s => s.Value >= minRows).Select(s => s.Key).ToList();
        found.Sort();
        return found;
    }

    private static void ReportFirstMatch(AnalysisContext context, Entry[] entries, Entry entry, IEnumerable<int> candidates, int minRows)
    {
        // A copy inside the same document first: the nearest copy is the one to cite, and another file joining the run does not change it.
        foreach (var other in candidates.Select(i => entries[i]).Where(o => o.Project.Length > 0 && o.Project != entry.Project)
            .OrderBy(o => ReferenceEquals(o.Source.Document, entry.Source.Document) ? 0 : 1))
        {
            var (start, otherStart, length) = LongestCommonRun(entry.Rows, other.Rows);
            if (length < minRows)
            {
                continue;
            }

            var indicator = entry.Source.Indicators[start];
            var first = other.Source.Indicators[otherStart];
            context.ReportOn(entry.Source.Document, entry.Source.Table(), indicator.NameAt, indicator.Name!, indicator.Indicator(), Values(
                ("other", other.Source.ProjectName!),
                ("other-file", other.Source.Document.Path),
                ("other-where", Where(first.NameAt)),
                ("count", length.ToString(CultureInfo.InvariantCulture))),
                [new RelatedLocation(other.Source.Document.Path, first.NameAt, $"项目「{other.Source.ProjectName}」中相同的指标块（从「{first.Name}」起）")]);
            return;
        }
    }

    /// <summary>The longest stretch of equal rows with a key (not -1): where it starts in each list and how long it is.</summary>
    private static (int Start, int OtherStart, int Length) LongestCommonRun(int[] rows, int[] otherRows)
    {
        var best = (Start: 0, OtherStart: 0, Length: 0);
        var previous = new int[otherRows.Length + 1];
        var current = new int[otherRows.Length + 1];
        for (var i = 1; i <= rows.Length; i++)
        {
            for (var j = 1; j <= otherRows.Length; j++)
            {
                current[j] = rows[i - 1] >= 0 && rows[i - 1] == otherRows[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best.Length)
                {
                    best = (i - current[j], j - current[j], current[j]);
                }
            }

            (previous, current) = (current, previous);
        }

        return best;
    }

    /// <summary>The number of the row's key in the run (<paramref name="ids"/>); -1 for a row without one.</summary>
    private static int RowId(IndicatorFacts indicator, Dictionary<string, int> ids)
    {
        if (RowKey(indicator) is not { } key)
        {
            return -1;
        }

        if (!ids.TryGetValue(key, out var id))
        {
            ids[key] = id = ids.Count;
        }

        return id;
    }

    /// <summary>Name plus every value column, folded; null (never equal) for a row without a real name.</summary>
    private static string? RowKey(IndicatorFacts indicator)
    {
        var name = NameKey(indicator.Name);
        // Targets alone: a block copied into another project is still a copy when the actuals reported against it differ.
        return name.Any(char.IsLetterOrDigit) && !indicator.NotApplicable
            ? string.Join('\u001f', name, Squash(indicator.Description), Squash(indicator.CycleValue), Squash(indicator.AnnualValue))
            : null;
    }

    private sealed record Entry(TableFacts Source, string Project, int[] Rows);
}
