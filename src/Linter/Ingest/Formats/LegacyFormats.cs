using GoalLint.Shared.Messages;
using System.Text;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Office formats GoalLint recognises but does not read: the finding names the format and the
/// one step that makes it readable, so a reviewer is not left with silence or "binary file".
/// </summary>
internal static class LegacyFormats
{

    /// <summary>
    /// Reports an OLE compound file that is a word-processor document, not a workbook, by the
    /// stream names in its directory: WordDocument (Word 97-2003 .doc, and Kingsoft WPS 文字 .wps,
    /// which writes the same streams and names itself), CONTENTS with MatOST (Microsoft Works .wps).
    /// Returns false for anything else, which the workbook reader then reads or reports.
    /// </summary>
    public static bool Report(byte[] bytes, IngestContext context)
    {
        var span = bytes.AsSpan();
        Message? format = null;
        if (span.IndexOf(Utf16("WordDocument")) >= 0)
        {
            format = span.IndexOf("WPS Office"u8) >= 0 || span.IndexOf(Utf16("WPS Office")) >= 0 || span.IndexOf("Kingsoft"u8) >= 0 || span.IndexOf(Utf16("Kingsoft")) >= 0
                ? Message.Of("ingest.legacy-format.wps")
                : Message.Of("ingest.legacy-format.doc");
        }
        else if (span.IndexOf(Utf16("MatOST")) >= 0 && span.IndexOf(Utf16("CONTENTS")) >= 0)
        {
            format = Message.Of("ingest.legacy-format.works");
        }

        if (format is null)
        {
            return false;
        }

        context.Report("unsupported-format", Message.Of("ingest.unsupported-format.legacy-word", ("format", format), ("convert", Message.Of("ingest.unsupported-format.convert"))), new SourceLocation(1, 1));
        return true;
    }

    public static SourceText? ReportRtf(IngestContext context)
    {
        context.Report("unsupported-format", Message.Of("ingest.unsupported-format.rtf", ("convert", Message.Of("ingest.unsupported-format.convert"))), new SourceLocation(1, 1));
        return null;
    }

    public static SourceText? ReportOpenDocument(IngestContext context)
    {
        context.Report("unsupported-format", Message.Of("ingest.unsupported-format.opendocument"), new SourceLocation(1, 1));
        return null;
    }

    private static byte[] Utf16(string name) => Encoding.Unicode.GetBytes(name);
}
