using GoalLint.Ingest.Formats;
using GoalLint.Ingest.Formats.Archive;
using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>
/// Turns one file into a <see cref="PerformanceDocument"/>: reads the bytes under the caps (an
/// archive entry by entry), detects format and encoding from the content, and hands each source to
/// the reader of its layout (<see cref="LayoutChoice"/>). Every failure becomes a located
/// diagnostic; nothing here throws on bad input.
/// </summary>
public sealed class DocumentLoader(IReadOnlyList<ILayoutReader> readers, IngestLimits limits)
{
    private readonly LayoutChoice _layouts = new(readers, limits);

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
        if (ReadBytes(path, context) is { } bytes)
        {
            Read(bytes, document, context, restored, depth: 0);
        }

        return Finish(document, context);
    }

    /// <summary>Reads one file's bytes into <paramref name="document"/>: its format, encoding, layout and tables.</summary>
    private void Read(byte[] bytes, PerformanceDocument document, IngestContext context, List<PerformanceDocument>? restored, int depth)
    {
        try
        {
            var verdict = FormatSniffer.Sniff(bytes) == Container.Zip ? ZipGuard.Inspect(bytes, limits, context) : (ZipGuard.Verdict?)null;
            if (verdict is ZipGuard.Verdict.Archive or ZipGuard.Verdict.Rejected)
            {
                if (verdict == ZipGuard.Verdict.Archive)
                {
                    ReadArchive(bytes, document, context, restored, depth);
                }

                return;
            }

            foreach (var source in SourceDecoder.Decode(document.Path, bytes, limits, context))
            {
                document.Format = source.Format;
                document.Encoding = source.Encoding;
                _layouts.Read(source, document, context, restored);
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
    }

    /// <summary>
    /// Reads every file of a zip archive in place, each as its own document under the archive's
    /// path and the entry's inner path (submissions.zip/单位A/目标表.xlsx). Loading one document,
    /// the entries' tables and diagnostics are gathered into the archive's document instead.
    /// </summary>
    private void ReadArchive(byte[] bytes, PerformanceDocument archive, IngestContext context, List<PerformanceDocument>? restored, int depth)
    {
        if (depth >= limits.MaxArchiveDepth)
        {
            context.Report("nesting-too-deep", Message.Of("ingest.nesting-too-deep.archive", ("depth", depth), ("cap", limits.MaxArchiveDepth)), new SourceLocation(1, 1));
            return;
        }

        var entries = ArchiveEntries.Read(bytes, limits, context);
        if (entries.Count == 0)
        {
            context.Report("empty-archive", Message.Of("ingest.empty-archive"), new SourceLocation(1, 1));
        }

        foreach (var entry in entries)
        {
            var document = new PerformanceDocument { Path = archive.Path + "/" + entry.Path };
            var entryContext = new IngestContext(document.Path, limits.MaxReadTime);
            var inner = restored is null ? null : new List<PerformanceDocument>();
            Read(entry.Bytes, document, entryContext, inner, depth + 1);
            Finish(document, entryContext);
            if (restored is not null)
            {
                restored.AddRange(inner!.Count == 0 ? [document] : document.Diagnostics.Count == 0 ? inner : [document, .. inner]);
                continue;
            }

            archive.Tables.AddRange(document.Tables);
            foreach (var d in document.Diagnostics)
            {
                context.Report(d.Code, Message.Of("ingest.archive-entry", ("entry", entry.Path), ("detail", d.Message)), d.At, d.Evidence);
            }
        }
    }

    private static PerformanceDocument Finish(PerformanceDocument document, IngestContext context)
    {
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
}
