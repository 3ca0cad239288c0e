using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Benchmarks;

/// <summary>
/// <c>facts --dir DIR</c>: what a streaming run keeps of each table for the run-scoped rules (<see cref="TableFacts"/>),
/// built as <c>LintRun</c> builds it (a counts-only summary, texts shared through one <see cref="SummaryPool"/>, the
/// 年度目标 in a <see cref="TextSpill"/>). It
/// measures the managed heap holding the facts of every table of the corpus (after a full collection, against the
/// heap before), and splits it by field: strings by their exact size, objects by their layout on a 64-bit runtime,
/// each distinct object counted once (shared texts and rows are not counted again). It prints figures; it asserts nothing.
/// </summary>
internal static class FactsCost
{
    public static int Run(string dir)
    {
        var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToArray();
        LintPipeline.Read(files[..1]); // the vocabulary and readers, loaded before the baseline
        var folder = Directory.CreateTempSubdirectory("goallint-facts-");
        using var texts = new TextSpill(Path.Combine(folder.FullName, "texts.bin"));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var pool = new SummaryPool();
        var kept = new ConcurrentBag<TableFacts[]>();
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            foreach (var document in LintPipeline.Read(files[i..(i + 1)]))
            {
                var summary = document.Summary(pool, SummaryDetail.Counts);
                kept.Add(Array.ConvertAll(document.Tables.ToArray(), t => TableFacts.Of(summary, t, pool, texts)));
            }
        });
        var facts = kept.SelectMany(f => f).ToArray();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Print(facts, held);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the pool shares {pool.Count} distinct texts, values and rows (at most {SummaryPool.MaxTexts})"));
        GC.KeepAlive(pool);
        folder.Delete(recursive: true);
        return 0;
    }

    private static void Print(TableFacts[] facts, long held)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var parts = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string part, long bytes) => parts[part] = parts.GetValueOrDefault(part) + bytes;
        void Text(string part, string? text)
        {
            if (text is not null && seen.Add(text))
            {
                Add(part, StringSize(text));
            }
        }

        var indicators = 0L;
        var (tableSize, indicatorSize) = (TableFactsSize(), Unsafe.SizeOf<IndicatorFacts>());
        foreach (var table in facts)
        {
            Add($"TableFacts objects ({tableSize} B each)", tableSize);
            Text("Layout, Title, ProjectName, ProjectCode texts", table.Layout);
            Text("Layout, Title, ProjectName, ProjectCode texts", table.Title);
            Text("Layout, Title, ProjectName, ProjectCode texts", table.ProjectName);
            Text("Layout, Title, ProjectName, ProjectCode texts", table.ProjectCode);
            if (table.GoalPrint != 0)
            {
                // A goal's text read back from the spill is a new object each time: it is held only where it was not spilled.
                if (table.AnnualGoal is { } goal && ReferenceEquals(goal, table.AnnualGoal) && seen.Add(goal))
                {
                    Add("年度目标 TextField objects (48 B)", 48);
                    Text("年度目标 texts", goal.Text);
                }
                else
                {
                    Add("年度目标 texts spilled to disk (UTF-16, not held)", 0);
                }
            }

            if (seen.Add(table.Document))
            {
                Add("documents (counts-only summaries, path)", 120);
                Text("documents (counts-only summaries, path)", table.Document.Path);
            }

            Add($"IndicatorFacts arrays (24 B + {indicatorSize} B an indicator)", 24 + ((long)indicatorSize * table.Indicators.Length));
            indicators += table.Indicators.Length;
            foreach (var indicator in table.Indicators)
            {
                if (indicator.NameAt.Cell is not null || indicator.AnnualAt.Cell is not null)
                {
                    Add("spreadsheet places (72 B an indicator)", 72);
                }

                if (seen.Add(indicator.SameFields))
                {
                    Add("shared rows (80 B each)", 80);
                    foreach (var text in (string?[])[indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, indicator.CycleValue, indicator.AnnualValue])
                    {
                        Text("shared rows' texts", text);
                    }

                    if (seen.Add(indicator.Parsed))
                    {
                        Add("readings of values (ParsedValue, ≈ 112 B)", 112);
                    }
                }
            }
        }

        var counted = parts.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{facts.Length} tables, {indicators} indicators: managed heap holding the facts {Mb(held)} MB, {held / Math.Max(1, facts.Length)} B a table"));
        foreach (var (part, bytes) in parts.OrderByDescending(p => p.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {part,-52} {Mb(bytes),8:0.0} MB {bytes / Math.Max(1, facts.Length),6} B a table"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"the rest (the pool's sets, arrays of the bag)",-52} {Mb(held - counted),8:0.0} MB {(held - counted) / Math.Max(1, facts.Length),6} B a table"));
    }

    /// <summary>The size of a <see cref="TableFacts"/> object: what making one for a table of nothing allocates, less its empty indicator array.</summary>
    private static long TableFactsSize()
    {
        var (document, table, pool) = (new PerformanceDocument { Path = "" }, new PerformanceTable { Kind = TableKind.ProjectGoals, Layout = "" }, new SummaryPool());
        TableFacts.Of(document, table, pool);
        var before = GC.GetAllocatedBytesForCurrentThread();
        TableFacts.Of(document, table, pool);
        return GC.GetAllocatedBytesForCurrentThread() - before - 24;
    }

    /// <summary>A string's size on a 64-bit runtime: header, method table, length, the characters and a terminator, in 8-byte steps.</summary>
    private static long StringSize(string text) => (22 + (2L * text.Length) + 7) / 8 * 8;

    private static double Mb(long bytes) => bytes / (double)(1 << 20);
}
