using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>
/// Turns one file into a <see cref="PerformanceDocument"/>: reads the bytes under the caps,
/// detects format, encoding and layout from the content, and hands the source to the reader of
/// that layout. Every failure becomes a located diagnostic; nothing here throws on bad input.
/// </summary>
public sealed class DocumentLoader(IReadOnlyList<ILayoutReader> readers, IngestLimits limits)
{
    /// <summary>Below this match score a source is reported as an unrecognised layout.</summary>
    private const double MinimumMatch = 0.3;

    public static DocumentLoader CreateDefault() => new(LayoutReaders.All, IngestLimits.Default);

    /// <summary>Reads <paramref name="path"/>; <paramref name="displayPath"/> is the path reports show (default: as given).</summary>
    public PerformanceDocument Load(string path, string? displayPath = null) => Load(path, displayPath, restored: null);

    /// <summary>
    /// As <see cref="Load(string, string?)"/>, but a file that holds documents read before (see
    /// <see cref="IDocumentSetReader"/>) yields those documents, each under its own path; the file's
    /// own document is kept only when it has something to say (a damaged or unsupported file).
    /// </summary>
    public IReadOnlyList<PerformanceDocument> LoadAll(string path, string? displayPath = null)
    {
        var restored = new List<PerformanceDocument>();
        var file = Load(path, displayPath, restored);
        return restored.Count == 0 ? [file] : file.Diagnostics.Count == 0 ? restored : [file, .. restored];
    }

    private PerformanceDocument Load(string path, string? displayPath, List<PerformanceDocument>? restored)
    {
        var document = new PerformanceDocument { Path = displayPath ?? path };
        var context = new IngestContext(path, limits.MaxReadTime);
        try
        {
            if (ReadBytes(path, context) is { } bytes)
            {
                foreach (var source in SourceDecoder.Decode(path, bytes, limits, context))
                {
                    document.Format = source.Format;
                    document.Encoding = source.Encoding;
                    ReadSource(source, document, context, restored);
                }
            }
        }
        catch (ReadBudgetExceededException ex)
        {
            document.Tables.Clear();
            context.Report("read-too-slow", Message.Of("ingest.read-too-slow", ("seconds", ex.Budget.TotalSeconds)), new SourceLocation(1, 1));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Report("reader-failed", Message.Of("ingest.reader-failed", ("error", $"{ex.GetType().Name}: {ex.Message}")), new SourceLocation(1, 1));
        }

        document.Diagnostics.AddRange(context.Diagnostics);
        for (var i = 0; i < document.Tables.Count; i++)
        {
            document.Tables[i].Index = i;
        }

        return document;
    }

    private byte[]? ReadBytes(string path, IngestContext context)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            context.Report("missing-file", Message.Of("ingest.missing-file"), SourceLocation.None);
            return null;
        }

        if (info.Length == 0)
        {
            context.Report("empty-file", Message.Of("ingest.empty-file"), new SourceLocation(1, 1));
            return null;
        }

        if (info.Length > limits.MaxFileBytes)
        {
            context.Report("file-too-large", Message.Of("ingest.file-too-large", ("bytes", info.Length), ("cap", limits.MaxFileBytes)), new SourceLocation(1, 1));
            return null;
        }

        return File.ReadAllBytes(path);
    }

    private void ReadSource(SourceText source, PerformanceDocument document, IngestContext context, List<PerformanceDocument>? restored)
    {
        var (reader, score) = readers
            .Select(r => (Reader: r, Score: SafeMatch(r, source)))
            .MaxBy(m => m.Score);
        if (reader is null || score < MinimumMatch)
        {
            ReportNoTable(source, context);
            return;
        }

        document.Layout = reader.Layout;
        if (restored is not null && reader is IDocumentSetReader set)
        {
            restored.AddRange(set.ReadDocuments(source, context));
            return;
        }

        var reported = context.Diagnostics.Count;
        document.Tables.AddRange(reader.Read(source, context));
        if (document.Tables.Count == 0 && source.Format != SourceFormat.Json)
        {
            // Text that mentions a form (a README, notes, GoalLint's own output) is not a table read badly.
            // GoalLint JSON that yields nothing keeps the reader's reason: it is damaged output, not notes.
            context.KeepFirst(reported);
            ReportNoTable(source, context);
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
