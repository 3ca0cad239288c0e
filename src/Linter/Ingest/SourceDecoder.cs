using GoalLint.Shared.Messages;
using GoalLint.Ingest.Formats;
using GoalLint.Ingest.Formats.Html;
using GoalLint.Ingest.Formats.Pdf;
using GoalLint.Ingest.Formats.Word;
using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>
/// Detects the physical format from the content, never the file name: %PDF is a PDF, a zip
/// holding xl/workbook.xml an .xlsx and one holding word/document.xml a .docx, an OLE compound
/// file an .xls (or a legacy Word/WPS document, which is named and not read), text that opens
/// like a web page HTML, text with a steady comma grid a CSV (and tab-separated text that quotes
/// multi-line cells is read the same way); other text (tab-separated exports, Markdown, JSON) is
/// split into lines. A zip that is none of these is an archive, which the loader opens.
/// </summary>
public static class SourceDecoder
{
    public static IEnumerable<SourceText> Decode(string path, byte[] bytes, IngestLimits limits, IngestContext context)
    {
        var source = FormatSniffer.Sniff(bytes) switch
        {
            Container.Pdf => Produce(new PdfDecoder(), path, bytes, limits, context),
            Container.Zip => DecodeZip(path, bytes, limits, context),
            Container.Ole => LegacyFormats.Report(bytes, context) ? null : SpreadsheetDecoder.Decode(path, bytes, SourceFormat.Xls, limits, context),
            Container.Rtf => LegacyFormats.ReportRtf(context),
            _ => DecodeText(path, bytes, limits, context),
        };
        return source is null ? [] : [source];
    }

    private static SourceText? Produce(ICellProducer producer, string path, byte[] bytes, IngestLimits limits, IngestContext context) =>
        producer.Read(bytes, limits, context) is { } read ? SourceText.FromRows(path, read.Rows, read.Encoding, producer.Format) : null;

    private static SourceText? DecodeZip(string path, byte[] bytes, IngestLimits limits, IngestContext context)
    {
        switch (ZipGuard.Inspect(bytes, limits, context))
        {
            case ZipGuard.Verdict.Workbook:
                var source = SpreadsheetDecoder.Decode(path, bytes, SourceFormat.Xlsx, limits, context);
                if (source is not null)
                {
                    XlsxFormulaCheck.Run(bytes, context);
                }

                return source;
            case ZipGuard.Verdict.WordDocument:
                return Produce(new DocxDecoder(), path, bytes, limits, context);
            case ZipGuard.Verdict.OpenDocument:
                return LegacyFormats.ReportOpenDocument(context);
            default:
                // An archive is opened by the loader, entry by entry; a rejected zip was reported.
                return null;
        }
    }

    private static SourceText? DecodeText(string path, byte[] bytes, IngestLimits limits, IngestContext context)
    {
        var (text, encoding) = EncodingDetector.Decode(bytes);
        if (HtmlDecoder.Looks(text.AsSpan(0, Math.Min(text.Length, 4096))))
        {
            return Produce(new HtmlDecoder(), path, bytes, limits, context);
        }

        if (LooksBinary(text))
        {
            context.Report("binary-file", Message.Of("ingest.binary-file"), new SourceLocation(1, 1));
            return null;
        }

        if (SniffTextFormat(text) == SourceFormat.Text && CsvParser.Delimiter(text) is { } delimiter)
        {
            return SourceText.FromRows(path, CsvParser.ToRows(text, delimiter, limits, context), encoding, SourceFormat.Csv);
        }

        text = CapCells(text, limits, context);
        return new SourceText(path, text, encoding, SniffTextFormat(text));
    }

    /// <summary>Text whose characters are mostly implausible for a table (control codes, stray code points) is binary.</summary>
    private static bool LooksBinary(string text) =>
        EncodingDetector.Plausibility(text.AsSpan(0, Math.Min(text.Length, 8192))) < 0.8;

    private static SourceFormat SniffTextFormat(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] == '{' && text.Contains("\"schemaVersion\"", StringComparison.Ordinal))
        {
            return SourceFormat.Json;
        }

        var markdown = 0;
        foreach (var (at, length) in Lines(text).Take(2000))
        {
            var line = text.AsSpan(at, length);
            markdown += line.StartsWith('#') || line.StartsWith('|') || line.StartsWith("---", StringComparison.Ordinal) ? 1 : 0;
        }

        return markdown >= 3 ? SourceFormat.Markdown : SourceFormat.Text;
    }

    /// <summary>Where each line of <paramref name="text"/> starts and how long it is, as <c>text.Split('\n')</c> would cut it, without the copies.</summary>
    private static IEnumerable<(int At, int Length)> Lines(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                yield return (start, text.Length - start);
                yield break;
            }

            yield return (start, end - start);
            start = end + 1;
        }
    }

    /// <summary>Cuts lines longer than the cell cap so one pasted megabyte cannot slow every reader.</summary>
    private static string CapCells(string text, IngestLimits limits, IngestContext context)
    {
        if (text.Length <= limits.MaxCellChars || Lines(text).Select((l, i) => (l.Length, i)).All(l => l.Length <= limits.MaxCellChars && l.i < limits.MaxLines))
        {
            return text;
        }

        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length && i < limits.MaxLines; i++)
        {
            if (lines[i].Length > limits.MaxCellChars)
            {
                context.Report("cell-too-long", Message.Of("ingest.cell-too-long.line", ("line", i + 1), ("chars", lines[i].Length), ("cap", limits.MaxCellChars)), new SourceLocation(i + 1, limits.MaxCellChars + 1));
                lines[i] = lines[i][..limits.MaxCellChars];
                changed = true;
            }
        }

        if (lines.Length > limits.MaxLines)
        {
            context.Report("too-many-lines", Message.Of("ingest.too-many-lines.lines", ("lines", lines.Length), ("cap", limits.MaxLines)), new SourceLocation(limits.MaxLines + 1, 1));
            lines = lines[..limits.MaxLines];
            changed = true;
        }

        return changed ? string.Join('\n', lines) : text;
    }
}
