using GoalLint.Shared.Messages;
using GoalLint.Ingest.Cells;
using GoalLint.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace GoalLint.Ingest.Formats.Pdf;

/// <summary>
/// Reads a PDF's text layer by geometry: on each page, tables drawn with ruling lines become
/// their cells (merged and wrapped cells kept whole), other text becomes rows by the x-overlap of
/// its words, in reading order down the page. A table that runs on over pages reads as one: a
/// header row the next page repeats is dropped. Location = page + the text line a cell starts on.
/// A page that is only an image has no text to read and is said to need OCR.
/// </summary>
internal sealed class PdfDecoder : ICellProducer
{
    public SourceFormat Format => SourceFormat.Pdf;

    public CellRows? Read(byte[] bytes, IngestLimits limits, IngestContext context)
    {
        var sink = new RowSink(limits, context);
        var imageOnly = new List<int>();
        var pages = 0;
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
            pages = pdf.NumberOfPages;
            if (pages > limits.MaxPages)
            {
                context.Report("too-many-pages", Message.Of("ingest.too-many-pages", ("pages", pages), ("cap", limits.MaxPages)), DocumentPlace.PageLine(1, 1, limits.MaxPages + 1, 1));
            }

            var continued = new ContinuedTables();
            for (var number = 1; number <= Math.Min(pages, limits.MaxPages) && !sink.Full; number++)
            {
                context.CheckTime();
                var page = pdf.GetPage(number);
                var rows = PageRows(page);
                if (rows.Count == 0 && page.NumberOfImages > 0)
                {
                    imageOnly.Add(number);
                }

                continued.Add(rows, number, sink);
            }

            continued.Flush(sink);
        }
        catch (PdfDocumentEncryptedException)
        {
            context.Report("password-protected", Message.Of("ingest.password-protected.pdf"), new SourceLocation(1, 1));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not ReadBudgetExceededException)
        {
            context.Report("corrupt-document", Message.Of("ingest.corrupt-document.pdf", ("partial", sink.Rows.Count > 0 ? Message.Of("ingest.corrupt-document.partial") : (object)""), ("error", $"{ex.GetType().Name}: {ex.Message}")), new SourceLocation(sink.Rows.Count + 1, 1));
        }

        ReportImagePages(imageOnly, pages, sink.Rows.Count == 0, context);
        if (sink.Rows.Count == 0)
        {
            if (imageOnly.Count == 0 && !context.Diagnostics.Any(d => d.Code == "corrupt-document"))
            {
                context.Report("empty-document", Message.Of("ingest.empty-document.pdf"), new SourceLocation(1, 1));
            }

            return null;
        }

        return new CellRows(sink.Rows, "utf-8");
    }

    /// <summary>A page's rows top to bottom: ruled tables and the lines between them, page numbers left out.</summary>
    private static List<PdfRow> PageRows(Page page)
    {
        var (glyphs, upright) = PageGlyphs.Read(page);
        if (glyphs.Count == 0)
        {
            return [];
        }

        var tables = Tables(page, glyphs, upright);
        var items = new List<(double Top, PdfRow Row)>();
        var owner = glyphs.ToLookup(g => tables.FindIndex(t => t.Contains(g)));
        for (var t = 0; t < tables.Count; t++)
        {
            items.AddRange(tables[t].Rows(owner[t], t + 1).Select(r => (tables[t].Top + r.Lines.Min() * 1e-3, r)));
        }

        items.AddRange(TextLines.Rows(owner[-1]));
        var rows = items.OrderBy(i => i.Row.Lines.Where((_, c) => i.Row.Texts[c].Length > 0).DefaultIfEmpty(int.MaxValue).Min()).ThenBy(i => i.Top).Select(i => i.Row).ToList();
        // A page number in the running head or foot is not part of any table.
        foreach (var edge in (int[])[rows.Count - 1, 0])
        {
            if (rows.Count > 0 && rows[edge] is { Table: 0 } row && row.Texts.Count(t => t.Length > 0) == 1 && PageNumbers.IsPageNumber(row.Texts.First(t => t.Length > 0)))
            {
                rows.RemoveAt(edge);
            }
        }

        return rows;
    }

    /// <summary>
    /// The page's ruled tables, the rules turned as the text is. Should they frame no glyph at all on
    /// a page the producer turned (/Rotate), the drawing was not turned with the text: each turn is
    /// tried, and the one that frames the most glyphs wins.
    /// </summary>
    private static List<RuledTable> Tables(Page page, List<Glyph> glyphs, Func<UglyToad.PdfPig.Core.PdfPoint, (double X, double Y)> upright)
    {
        var tables = RuledTable.Find(PageRules.Read(page, upright));
        if (page.Rotation.Value == 0 || glyphs.Any(g => tables.Any(t => t.Contains(g))))
        {
            return tables;
        }

        var turns = new Func<UglyToad.PdfPig.Core.PdfPoint, (double X, double Y)>[] { p => (-p.Y, -p.X), p => (p.Y, p.X), p => (-p.X, p.Y), p => (p.X, -p.Y) };
        return turns.Select(turn => RuledTable.Find(PageRules.Read(page, turn)))
            .Prepend(tables)
            .MaxBy(found => glyphs.Count(g => found.Any(t => t.Contains(g))))!;
    }

    private static void ReportImagePages(List<int> pages, int total, bool nothingRead, IngestContext context)
    {
        if (pages.Count == 0)
        {
            return;
        }

        var list = string.Join(", ", pages.Take(20)) + (pages.Count > 20 ? " …" : "");
        var message = nothingRead
            ? Message.Of("ingest.needs-ocr.scan", ("total", total))
            : Message.Of("ingest.needs-ocr.pages", ("pages", list));
        context.Report("needs-ocr", message, DocumentPlace.PageLine(1, 1, pages[0], 1));
    }
}
