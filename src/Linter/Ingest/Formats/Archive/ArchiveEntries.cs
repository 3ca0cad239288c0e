using GoalLint.Shared.Messages;
using System.IO.Compression;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats.Archive;

/// <summary>
/// The files inside a zip archive of submissions (a bureau receives a unit's folder as a .zip),
/// read in memory, never extracted. An entry whose name would leave the archive (../, an absolute
/// path, a drive) is refused by name; one that declares a compression ratio no document has, or
/// more bytes than a file may have, is refused as a zip bomb; past the entry cap nothing more is read.
/// </summary>
internal static class ArchiveEntries
{
    public sealed record Entry(string Path, byte[] Bytes);

    public static IReadOnlyList<Entry> Read(byte[] bytes, IngestLimits limits, IngestContext context)
    {
        var entries = new List<Entry>();
        using var zip = ZipGuard.Open(bytes);
        foreach (var entry in zip.Entries)
        {
            context.CheckTime();
            var name = entry.FullName.Replace('\\', '/');
            if (name.EndsWith('/') || IsJunk(name))
            {
                continue;
            }

            if (ZipGuard.EntryEscapes(name))
            {
                context.Report("unsafe-archive-path", Message.Of("ingest.unsafe-archive-path", ("entry", Quote(name))), new SourceLocation(1, 1), name);
                continue;
            }

            if (entries.Count >= limits.MaxArchiveEntries)
            {
                context.Report("zip-too-large", Message.Of("ingest.zip-too-large.archive-entries", ("cap", limits.MaxArchiveEntries)), new SourceLocation(1, 1), name);
                break;
            }

            if (entry.Length > limits.MaxFileBytes || entry.Length > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1024))
            {
                context.Report("zip-too-large", Message.Of("ingest.zip-too-large.archive-entry", ("entry", Quote(name)), ("bytes", entry.Length), ("packed", entry.CompressedLength), ("cap", limits.MaxFileBytes), ("ratio", limits.MaxCompressionRatio)), new SourceLocation(1, 1), name);
                continue;
            }

            if (ReadEntry(entry, context, name) is { } content)
            {
                entries.Add(new Entry(name, content));
            }
        }

        return entries;
    }

    private static byte[]? ReadEntry(ZipArchiveEntry entry, IngestContext context, string name)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[entry.Length];
            var read = 0;
            while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is var n and > 0)
            {
                read += n;
            }

            return read == buffer.Length ? buffer : buffer[..read];
        }
        catch (InvalidDataException ex)
        {
            context.Report("corrupt-archive-entry", Message.Of("ingest.corrupt-archive-entry", ("entry", Quote(name)), ("error", ex.Message)), new SourceLocation(1, 1), name);
            return null;
        }
    }

    /// <summary>Mac and Windows bookkeeping (__MACOSX/, .DS_Store, Thumbs.db) and dot-files are never submissions.</summary>
    private static bool IsJunk(string name) =>
        name.Split('/').Any(part => part.StartsWith('.') && part is not "." and not ".." || part == "__MACOSX")
        || name.EndsWith("Thumbs.db", StringComparison.OrdinalIgnoreCase);

    private static string Quote(string name) => CellText.Excerpt(name, 120);
}
