using GoalLint.Shared.Messages;
using System.IO.Compression;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Looks into a zip before anything decompresses it: a workbook is a zip holding
/// xl/workbook.xml, and no entry may declare more bytes than the caps allow (a zip bomb is a
/// few kilobytes that declare gigabytes). Entry streams stop at the declared size, so
/// checking the declarations bounds what any later reader inflates.
/// </summary>
public static class ZipGuard
{
    public enum Verdict
    {
        Workbook,
        NotWorkbook,
        Rejected,
    }

    public static Verdict Inspect(byte[] bytes, IngestLimits limits, IngestContext context)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
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

            return zip.GetEntry("xl/workbook.xml") is null ? Verdict.NotWorkbook : Verdict.Workbook;
        }
        catch (InvalidDataException ex)
        {
            context.Report("corrupt-workbook", Message.Of("ingest.corrupt-workbook.zip", ("error", ex.Message)), new SourceLocation(1, 1));
            return Verdict.Rejected;
        }
    }
}
