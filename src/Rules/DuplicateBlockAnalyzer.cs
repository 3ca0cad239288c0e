using System.Globalization;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// The same run of indicator rows (same 三级 names, same values, in the same order) in two
/// tables of different projects across the run: a block copied rather than written for the
/// project. A pasted block the copier then edited in one place still counts: two runs of at
/// least two rows each, in the same order in both tables, with at most one row between them
/// on either side (3 + 2 around a row of the project's own). Reported once on the later table,
/// at the block's first row. Values: {other} (the other project), {other-file}, {other-where},
/// {count} (rows the block shares). A split block needs one shared row more than a whole one.
/// </summary>
/// <remarks>
/// Each row remembers the first <see cref="MaxHolders"/> tables that hold it: a row that more
/// tables share (「服务对象满意度 ≥90%」) is boilerplate, not evidence of copying, and following
/// every holder of it would make a province's run quadratic. A row is held as the number of its
/// distinct key in the run (-1 for a row without a real name or without any value), and a key as the numbers of its
/// folded texts, so the run keeps one copy of each distinct text, not one per row or table.
/// </remarks>
public sealed class DuplicateBlockAnalyzer : IFactRunAnalyzer
{
    private const int MaxHolders = 64;

    public void Analyze(AnalysisContext context)
    {
        var minRows = (int)Math.Max(2m, context.Params.Number("min-indicators", 4m));
        var (entries, keys) = Entries(context);
        var holders = new Holders(keys);
        var shared = new Dictionary<int, int>();
        var reported = new HashSet<(int Table, string OtherProject)>();
        for (var later = 0; later < entries.Length; later++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var entry = entries[later];
            var distinct = entry.Rows.Where(r => r >= 0).Distinct().ToArray();
            if (entry.Project is { Length: > 0 } project)
            {
                ReportFirstMatch(context, entries, later, project, Candidates(distinct, holders, minRows, shared), minRows, reported);
            }

            foreach (var key in distinct)
            {
                holders.Add(key, later);
            }
        }
    }

    /// <summary>Each table of the run with its rows' key numbers, and how many keys there are.</summary>
    private static (Entry[] Entries, int Keys) Entries(AnalysisContext context)
    {
        var keys = new RowKeys();
        var entries = context.Facts.Select(t => new Entry(t, Array.ConvertAll(t.Indicators, keys.Of))).ToArray();
        return (entries, keys.Count);
    }

    /// <summary>
    /// Earlier tables sharing at least <paramref name="minRows"/> distinct rows, in run order.
    /// <paramref name="shared"/> is scratch space for the counts, reused from table to table.
    /// </summary>
    private static List<int> Candidates(int[] keys, Holders holders, int minRows, Dictionary<int, int> shared)
    {
        shared.Clear();
        foreach (var key in keys)
        {
            holders.Count(key, shared);
        }

        var found = shared.Where(s => s.Value >= minRows).Select(s => s.Key).ToList();
        found.Sort();
        return found;
    }

    /// <summary>
    /// Reports the first earlier table of another project that shares a block with table <paramref name="later"/>.
    /// The block is reported where it fits its project worse: on the later table, unless its names clearly
    /// echo the later project's own name and 年度目标 more than the earlier one's (a block pasted from the later
    /// project into an earlier file). One finding per table and other project (<paramref name="reported"/>):
    /// a self-evaluation repeating its own goals' block is not a second copy.
    /// </summary>
    private static void ReportFirstMatch(AnalysisContext context, Entry[] entries, int later, string project, IEnumerable<int> candidates, int minRows, HashSet<(int, string)> reported)
    {
        var entry = entries[later];

        // A copy inside the same document first: the nearest copy is the one to cite, and another file joining the run does not change it.
        foreach (var earlier in candidates.Where(i => entries[i].Project is { Length: > 0 } held && held != project)
            .OrderBy(i => ReferenceEquals(entries[i].Source.Document, entry.Source.Document) ? 0 : 1))
        {
            var other = entries[earlier];
            var (start, otherStart, length, split) = CommonBlock.Longest(entry.Rows, other.Rows);
            if (length < minRows + (split ? 1 : 0))
            {
                continue;
            }

            var names = entry.Source.Indicators.Skip(start).Take(length + (split ? 1 : 0)).Select(i => i.Name);
            var (copy, copyStart, source, sourceStart, copyIndex) = FitsClearlyBetter(names, entry.Source, other.Source)
                ? (other, otherStart, entry, start, earlier)
                : (entry, start, other, otherStart, later);
            if (reported.Add((copyIndex, source.Project)))
            {
                Report(context, copy, copyStart, source, sourceStart, length);
            }

            return;
        }
    }

    private static void Report(AnalysisContext context, Entry copy, int copyStart, Entry source, int sourceStart, int length)
    {
        var indicator = copy.Source.Indicators[copyStart];
        var first = source.Source.Indicators[sourceStart];
        context.ReportOn(copy.Source.Document, copy.Source.Table(), indicator.NameAt, indicator.Name!, indicator.Indicator(), Values(
            ("other", source.Source.ProjectName!),
            ("other-file", source.Source.Document.Path),
            ("other-where", Where(first.NameAt)),
            ("count", length.ToString(CultureInfo.InvariantCulture))),
            [new RelatedLocation(source.Source.Document.Path, first.NameAt, $"项目「{source.Source.ProjectName}」中相同的指标块（从「{first.Name}」起）")]);
    }

    /// <summary>
    /// Whether the block's indicator names echo <paramref name="own"/>'s project name and 年度目标 clearly more than
    /// <paramref name="other"/>'s (shared two-character pieces: more than twice as many, and at least three more).
    /// </summary>
    private static bool FitsClearlyBetter(IEnumerable<string?> names, TableFacts own, TableFacts other)
    {
        var block = Pairs(names);
        var (mine, theirs) = (Pairs([own.ProjectName, own.AnnualGoal?.Text]), Pairs([other.ProjectName, other.AnnualGoal?.Text]));
        var (fitsMine, fitsTheirs) = (block.Count(mine.Contains), block.Count(theirs.Contains));
        return fitsMine > 2 * fitsTheirs && fitsMine - fitsTheirs >= 3;
    }

    /// <summary>The distinct pairs of adjacent letters in the texts (Chinese words are mostly two characters).</summary>
    private static HashSet<string> Pairs(IEnumerable<string?> texts)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.OfType<string>())
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (char.IsLetter(text[i]) && char.IsLetter(text[i + 1]))
                {
                    pairs.Add(text.Substring(i, 2));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Numbers the rows' keys: name plus every value column, folded; -1 (never equal) for a row without a real name.
    /// Targets alone: a block copied into another project is still a copy when the actuals reported against it differ.
    /// A key is held as the numbers of its four folded texts, each text once (a province's rows repeat a few
    /// thousand names and values), not as one joined string per distinct row: a million-table run has millions.
    /// </summary>
    /// <remarks>
    /// Indicators that read the same share one row object run-wide (<see cref="IndicatorFacts.SameFields"/>), and
    /// most rows recur from table to table, so a row's number is remembered by that object and its texts are
    /// folded once, not once per indicator. The memory is bounded: past <see cref="MaxRemembered"/> rows it
    /// starts again (a row that recurs is soon remembered again).
    /// </remarks>
    private sealed class RowKeys
    {
        private const int MaxRemembered = 1 << 18;

        private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Name, int Description, int Cycle, int Annual), int> _ids = [];
        private readonly Dictionary<object, int> _byRow = new(ReferenceEqualityComparer.Instance);

        public int Count => _ids.Count;

        public int Of(IndicatorFacts indicator)
        {
            if (_byRow.TryGetValue(indicator.SameFields, out var known))
            {
                return known;
            }

            if (_byRow.Count == MaxRemembered)
            {
                _byRow.Clear();
            }

            return _byRow[indicator.SameFields] = Number(indicator);
        }

        private int Number(IndicatorFacts indicator)
        {
            var name = NameKey(indicator.Name);
            var (description, cycle, annual) = (Squash(indicator.Description), Squash(indicator.CycleValue), Squash(indicator.AnnualValue));
            // A name with no target and no description is a form's standard wording (an evaluation framework's
            // 立项依据充分性, 绩效目标合理性 …), which every project prints alike: no evidence of copying.
            if (!HasLetterOrDigit(name) || indicator.NotApplicable || !(HasLetterOrDigit(description) || HasLetterOrDigit(cycle) || HasLetterOrDigit(annual)))
            {
                return -1;
            }

            var key = (Text(name), Text(description), Text(cycle), Text(annual));
            if (!_ids.TryGetValue(key, out var id))
            {
                _ids[key] = id = _ids.Count;
            }

            return id;
        }

        private int Text(string text)
        {
            if (!_texts.TryGetValue(text, out var id))
            {
                _texts[text] = id = _texts.Count;
            }

            return id;
        }
    }

    /// <summary>A table of the run and its rows' key numbers; its project's key is made when asked, not kept for every table.</summary>
    private readonly record struct Entry(TableFacts Source, int[] Rows)
    {
        public string Project => NameKey(Source.ProjectName);
    }

    /// <summary>
    /// For each row key, the first <see cref="MaxHolders"/> tables that hold it, as lists linked through flat
    /// arrays: 8 bytes a holder, where a list per key cost some 90 bytes a key before its first holder (a run of
    /// a million tables has millions of keys; docs/performance.md, tenth session). The holders are kept in blocks
    /// of a fixed size, so the store grows by a block, never by a doubling copy: at a million tables that copy
    /// held the old arrays and new ones twice their size at once, on top of the run's facts (fourteenth session).
    /// </summary>
    private sealed class Holders(int keys)
    {
        private const int BlockBits = 16;
        private const int BlockMask = (1 << BlockBits) - 1;

        private readonly int[] _first = Enumerable.Repeat(-1, keys).ToArray();
        private readonly int[] _count = new int[keys];

        // Each holder as its table and the next holder of its key, side by side, 1 << BlockBits holders a block.
        private readonly List<int[]> _blocks = [];
        private int _used;

        public void Add(int key, int table)
        {
            if (_count[key] == MaxHolders)
            {
                return;
            }

            if ((_used & BlockMask) == 0)
            {
                _blocks.Add(new int[2 << BlockBits]);
            }

            var (block, at) = Place(_used);
            (block[at], block[at + 1], _first[key]) = (table, _first[key], _used);
            _used++;
            _count[key]++;
        }

        /// <summary>Adds one to <paramref name="shared"/> for every table holding <paramref name="key"/>.</summary>
        public void Count(int key, Dictionary<int, int> shared)
        {
            for (var node = _first[key]; node >= 0;)
            {
                var (block, at) = Place(node);
                shared[block[at]] = shared.GetValueOrDefault(block[at]) + 1;
                node = block[at + 1];
            }
        }

        private (int[] Block, int At) Place(int node) => (_blocks[node >> BlockBits], (node & BlockMask) * 2);
    }
}
