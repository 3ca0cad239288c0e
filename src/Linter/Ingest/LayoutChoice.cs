using GoalLint.Ingest.Cells;
using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>
/// Chooses the reader of a decoded source and reads the source with it. The best match reads first;
/// a reading that finds no indicator, or says it lost text where another reader matched nearly as
/// well, is compared with the next matches' readings by how much of the text each covers
/// (<see cref="ReadingCover"/>), so a word that makes a reader match cannot outvote a reader that
/// reads the table whole. Only the reading kept reports its
/// problems. Titles name their form kinds here, for every reader alike.
/// </summary>
internal sealed class LayoutChoice(IReadOnlyList<ILayoutReader> readers, IngestLimits limits)
{
    /// <summary>Below this match score a source is reported as an unrecognised layout.</summary>
    private const double MinimumMatch = 0.3;

    /// <summary>Readers tried on a file whose best match reads no indicator.</summary>
    private const int MaxAttempts = 3;

    /// <summary>
    /// A reader whose match is at least this share of the best one's contests the best one's lossy reading.
    /// A form one reader claims clearly is not read again by every fallback: that would multiply the cost of
    /// every damaged file (a grid with a thousand unplaced rows) for a reading that cannot win.
    /// </summary>
    private const double ContestedMatch = 0.8;

    /// <summary>Reads <paramref name="source"/> into <paramref name="document"/>; a set reader's documents go to <paramref name="restored"/> when the caller takes them.</summary>
    public void Read(SourceText source, PerformanceDocument document, IngestContext context, List<PerformanceDocument>? restored)
    {
        var (candidates, count) = Candidates(source);
        if (count == 0)
        {
            ReportNoTable(source, context);
            return;
        }

        if (restored is not null && candidates[0].Reader is IDocumentSetReader set)
        {
            document.Layout = set.Layout;
            restored.AddRange(set.ReadDocuments(source, context));
            return;
        }

        // The best match reads the file; a reading that is whole is kept as it is (most files: one
        // read). While the reading kept so far finds no indicator, the next match reads too; while it
        // lost text, the next match that contests the best one does. The reading that covers most is
        // kept; a tie keeps the better match.
        var best = Attempt(candidates[0].Reader, source, context.Path);
        for (var i = 1; i < count; i++)
        {
            var (reader, score) = candidates[i];
            if (best.Indicators == 0 || (score >= ContestedMatch * candidates[0].Score && best.Lost > 0))
            {
                var next = Attempt(reader, source, context.Path);
                best = next.Cover.CompareTo(best.Cover) > 0 ? next : best;
            }
        }

        document.Layout = best.Reader.Layout;
        document.Tables.AddRange(best.Tables);
        NameFormKinds(document.Tables);
        if (document.Tables.Count == 0 && source.Format != SourceFormat.Json)
        {
            // Text that mentions a form (a README, notes, GoalLint's own output) is not a table read badly.
            // GoalLint JSON that yields nothing keeps the reader's reason: it is damaged output, not notes.
            ReportNoTable(source, context);
            return;
        }

        context.Absorb(best.Context);
        ReportWideLines(source, context);
    }

    /// <summary>
    /// The readers that recognise the source, best first (ties in reader order), at most <see cref="MaxAttempts"/>.
    /// Sorted by hand into an array: LINQ's sort over (reader, score) pairs is generic code over a value type that no
    /// ReadyToRun image holds, compiled by the JIT at every start, on the path a one-file run waits for.
    /// </summary>
    private ((ILayoutReader Reader, double Score)[] Candidates, int Count) Candidates(SourceText source)
    {
        var candidates = new (ILayoutReader Reader, double Score)[readers.Count];
        var count = 0;
        foreach (var reader in readers)
        {
            var score = SafeMatch(reader, source);
            if (score >= MinimumMatch)
            {
                var at = count++;
                for (; at > 0 && candidates[at - 1].Score < score; at--)
                {
                    candidates[at] = candidates[at - 1];
                }

                candidates[at] = (reader, score);
            }
        }

        return (candidates, Math.Min(count, MaxAttempts));
    }

    /// <summary>
    /// Cells past <see cref="Row.MaxCells"/> on a line of text are not read (a form has about twenty
    /// columns; a line of thousands of separators is damage). One finding per file names the first such line.
    /// </summary>
    private static void ReportWideLines(SourceText source, IngestContext context)
    {
        if (source.Format is SourceFormat.Csv or SourceFormat.Xlsx or SourceFormat.Xls or SourceFormat.Json)
        {
            return;
        }

        var first = -1;
        var wide = 0;
        for (var i = 0; i < source.Lines.Count; i++)
        {
            if (LineCells.Overflows(source.Lines[i]))
            {
                first = wide == 0 ? i : first;
                wide++;
            }
        }

        if (wide > 0)
        {
            var line = first + 1;
            context.Report("too-many-columns", Message.Of("ingest.too-many-columns.lines", ("line", line), ("count", wide), ("cap", Row.MaxCells)), new SourceLocation(line, 1), CellText.Excerpt(source.Lines[first]));
        }
    }

    private Reading Attempt(ILayoutReader reader, SourceText source, string path)
    {
        var attempt = new IngestContext(path, limits.MaxReadTime);
        var tables = reader.Read(source, attempt);
        return new Reading(reader, tables, attempt);
    }

    private sealed record Reading(ILayoutReader Reader, IReadOnlyList<PerformanceTable> Tables, IngestContext Context)
    {
        private (bool, int)? _cover;

        public int Indicators { get; } = Tables.Sum(t => t.Indicators.Count);

        /// <summary>How many of its diagnostics say the reader lost text.</summary>
        public int Lost { get; } = ReadingCover.Lost(Context.Diagnostics);

        /// <summary>A reading with indicators before one without; then the source cells placed, less those said lost. Counted once, and only when readings are compared.</summary>
        public (bool, int) Cover => _cover ??= (Indicators > 0, ReadingCover.Placed(Tables) - Lost);
    }

    /// <summary>
    /// The kind of form each title names (申报表, 批复表, 转移支付, 部门整体 自评 …), from the vocabulary, and
    /// the budget year it states when no label gave one (<see cref="Forms.TitleYear"/>), for every reader
    /// alike; a title naming another table kind than the one read says nothing.
    /// </summary>
    private static void NameFormKinds(List<PerformanceTable> tables)
    {
        foreach (var table in tables.Where(t => t.Title is not null))
        {
            table.FormKind ??= Vocabulary.Current.TitleKind(table.Title!.Text) is { } kind && kind.Kind == table.Kind ? kind.Id : null;
            Forms.TitleYear.Set(table);
        }
    }

    private static void ReportNoTable(SourceText source, IngestContext context) =>
        context.Report("no-table", Message.Of("ingest.no-table"), new SourceLocation(1, 1), FirstText(source));

    private static double SafeMatch(ILayoutReader reader, SourceText source)
    {
        try
        {
            return reader.Match(source);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return 0;
        }
    }

    private static string? FirstText(SourceText source) =>
        source.Lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { } line ? CellText.Excerpt(line) : null;
}
