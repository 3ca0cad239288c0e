using GoalLint.Shared.Messages;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats.Html;

/// <summary>
/// Reads an HTML page the way its reader sees it: the title, headings and paragraphs as rows
/// of context, every &lt;table&gt; as rows on the grid with rowspan/colspan laid out as merged
/// cells, nested tables after the row that holds them (<see cref="HtmlWalker"/>). The page is parsed, never run: no script,
/// style or comment is read, and nothing it points at is fetched (the parser has no loader).
/// </summary>
internal sealed class HtmlDecoder : ICellProducer
{
    public SourceFormat Format => SourceFormat.Html;

    /// <summary>True when decoded text starts like an HTML page (a doctype, &lt;html&gt;, or a fragment that opens with a table).</summary>
    public static bool Looks(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart();
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var close = start.IndexOf("?>", StringComparison.Ordinal);
            start = close < 0 ? [] : start[(close + 2)..].TrimStart();
        }

        while (start.StartsWith("<!--", StringComparison.Ordinal) && start.IndexOf("-->", StringComparison.Ordinal) is var end and >= 0)
        {
            start = start[(end + 3)..].TrimStart();
        }

        foreach (var opening in (string[])["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<table"])
        {
            if (start.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public CellRows? Read(byte[] bytes, IngestLimits limits, IngestContext context)
    {
        var (text, encoding) = HtmlEncoding.Decode(bytes);
        if (ElementDepth.LineOverCap(text) is { } line)
        {
            context.Report("nesting-too-deep", Message.Of("ingest.nesting-too-deep.html", ("cap", ElementDepth.Cap)), new SourceLocation(line, 1));
            return null;
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });
        using var document = parser.ParseDocument(text);
        var sink = new RowSink(limits, context);
        var walker = new HtmlWalker(sink, limits, context);
        // The page title is the first row, whatever the body opens with: a title that names the table kind
        // or project is read like any title row (a fuller one in the body, heading or paragraph, follows it),
        // and rows are numbered the same way on every page.
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            walker.Context(document.Title);
        }

        if (document.Body is { } body)
        {
            walker.Walk(body, 0);
            walker.Flush();
        }

        if (sink.Rows.Count == 0)
        {
            context.Report("empty-document", Message.Of("ingest.empty-document.html"), new SourceLocation(1, 1));
            return null;
        }

        return new CellRows(sink.Rows, encoding);
    }
}
