using GoalLint.Shared.Messages;
using System.IO.Compression;
using System.Text;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Looks into a zip before anything decompresses it, and says what it holds: a workbook
/// (xl/workbook.xml), a Word document (word/document.xml), an OpenDocument file (a mimetype
/// entry), or else an archive of submissions. No entry may declare more bytes than the caps
/// allow (a zip bomb is a few kilobytes that declare gigabytes). Entry streams stop at the
/// declared size, so checking the declarations bounds what any later reader inflates.
/// </summary>
public static class ZipGuard
{
    public enum Verdict
    {
        Workbook,
        WordDocument,
        OpenDocument,
        Archive,
        Rejected,
    }

    public static Verdict Inspect(byte[] bytes, IngestLimits limits, IngestContext context)
    {
        try
        {
            using var zip = Open(bytes);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                context.Report("zip-too-large", Message.Of("ingest.zip-too-large.entries", ("entries", zip.Entries.Count), ("cap", limits.MaxZipEntries)), new SourceLocation(1, 1));
                return Verdict.Rejected;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxUnzippedBytes || total > limits.MaxUnzippedBytes)
                {
                    context.Report("zip-too-large", Message.Of("ingest.zip-too-large.bytes", ("cap", limits.MaxUnzippedBytes), ("entry", entry.FullName), ("bytes", entry.Length)), new SourceLocation(1, 1), entry.FullName);
                    return Verdict.Rejected;
                }
            }

            return zip.GetEntry("xl/workbook.xml") is not null ? Verdict.Workbook
                : zip.GetEntry("word/document.xml") is not null ? Verdict.WordDocument
                : zip.GetEntry("mimetype") is not null && zip.GetEntry("content.xml") is not null ? Verdict.OpenDocument
                : Verdict.Archive;
        }
        catch (InvalidDataException ex)
        {
            context.Report("corrupt-workbook", Message.Of("ingest.corrupt-workbook.zip", ("error", ex.Message)), new SourceLocation(1, 1));
            return Verdict.Rejected;
        }
    }

    /// <summary>
    /// Opens a zip for reading. Entry names without the UTF-8 flag are read as UTF-8 when they are
    /// valid UTF-8 (Linux and macOS tools), else as GB18030 (the zip tools of Chinese Windows write
    /// the system code page).
    /// </summary>
    public static ZipArchive Open(byte[] bytes) => Open(() => new MemoryStream(bytes, writable: false));

    /// <inheritdoc cref="Open(byte[])"/>
    /// <param name="open">Opens the zip's bytes as a seekable stream; called a second time to re-read the names as GB18030.</param>
    public static ZipArchive Open(Func<Stream> open)
    {
        var zip = new ZipArchive(open(), ZipArchiveMode.Read, leaveOpen: false, Encoding.UTF8);
        if (!zip.Entries.Any(e => e.FullName.Contains('\uFFFD')))
        {
            return zip;
        }

        zip.Dispose();
        return new ZipArchive(open(), ZipArchiveMode.Read, leaveOpen: false, EncodingDetector.Gb18030);
    }

    /// <summary>
    /// Whether an entry's name (with / as separator) would put it outside the folder it is read
    /// or unpacked into: an absolute path, a drive, a .. segment, or a control character.
    /// </summary>
    public static bool EntryEscapes(string name) =>
        name.StartsWith('/') || name.Contains(':') || name.Split('/').Any(part => part == "..") || name.Any(char.IsControl);
}
