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
                context.Report("zip-too-large", $"The workbook holds {zip.Entries.Count:N0} zip entries, over the {limits.MaxZipEntries:N0}-entry cap; it was not read.", new SourceLocation(1, 1));
                return Verdict.Rejected;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxUnzippedBytes || total > limits.MaxUnzippedBytes)
                {
                    context.Report("zip-too-large", $"The workbook unpacks to more than {limits.MaxUnzippedBytes:N0} bytes ({entry.FullName} alone declares {entry.Length:N0}); it looks like a zip bomb and was not read.", new SourceLocation(1, 1), entry.FullName);
                    return Verdict.Rejected;
                }
            }

            return zip.GetEntry("xl/workbook.xml") is null ? Verdict.NotWorkbook : Verdict.Workbook;
        }
        catch (InvalidDataException ex)
        {
            context.Report("corrupt-workbook", $"The file starts like a zip (.xlsx) but its zip structure is damaged or truncated: {ex.Message}", new SourceLocation(1, 1));
            return Verdict.Rejected;
        }
    }
}
