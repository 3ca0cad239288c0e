using GoalLint.Shared.Messages;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Reads an .xlsx or .xls workbook into one source: its sheets one after another, so a table
/// that runs on from one sheet to the next reads as one. Row N of the source is the Nth row
/// over all sheets; each cell keeps its sheet, sheet row and A1 reference for reports.
/// </summary>
public static class SpreadsheetDecoder
{
    static SpreadsheetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SourceText? Decode(string path, byte[] bytes, SourceFormat format, IngestLimits limits, IngestContext context)
    {
        var sheets = new List<SheetGrid>();
        var rowCount = 0;
        try
        {
            var configuration = new ExcelReaderConfiguration { FallbackEncoding = EncodingDetector.Gb18030 };
            using var stream = new MemoryStream(bytes, writable: false);
            // The factory looks at the content itself, and recognises an encrypted .xlsx inside an OLE file.
            using var reader = ExcelReaderFactory.CreateReader(stream, configuration);
            do
            {
                var sheet = SheetGrid.Read(reader, limits.MaxLines - rowCount + 1, limits, context);
                sheets.Add(sheet);
                rowCount += sheet.RowCount;
            }
            while (rowCount <= limits.MaxLines && reader.NextResult());
        }
        catch (InvalidPasswordException)
        {
            context.Report("password-protected", Message.Of("ingest.password-protected"), new SourceLocation(1, 1));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Report("corrupt-workbook", Message.Of(rowCount > 0 ? "ingest.corrupt-workbook.partial" : "ingest.corrupt-workbook.read", ("error", $"{ex.GetType().Name}: {ex.Message}")), new SourceLocation(rowCount + 1, 1));
        }

        // One left margin for the whole workbook: a sheet that continues a table may leave its first column empty.
        var firstColumn = sheets.Select(s => s.FirstUsedColumn).Min() ?? 0;
        var rows = new List<Row>(rowCount);
        foreach (var sheet in sheets)
        {
            rows.AddRange(sheet.ToRows(rows.Count + 1, firstColumn));
        }

        if (rows.Count > limits.MaxLines)
        {
            context.Report("too-many-lines", Message.Of("ingest.too-many-lines.rows", ("cap", limits.MaxLines)), rows[^1].At);
            rows.RemoveAt(rows.Count - 1);
        }

        if (rows.All(r => r.IsBlank))
        {
            if (!context.Diagnostics.Any(d => d.Code == "corrupt-workbook"))
            {
                context.Report("empty-workbook", Message.Of("ingest.empty-workbook"), new SourceLocation(1, 1));
            }

            return null;
        }

        var source = SourceText.FromRows(path, rows, format == SourceFormat.Xlsx ? "utf-8" : "utf-16le", format);
        source.HiddenColumns = sheets.SelectMany(s => s.HiddenColumns.Select(c => (s.Name, c))).ToHashSet();
        return source;
    }
}
