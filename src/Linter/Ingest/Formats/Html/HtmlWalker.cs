using GoalLint.Shared.Messages;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace GoalLint.Ingest.Formats.Html;

/// <summary>
/// Walks a parsed page into rows as its reader sees it: inline text and block elements as rows of
/// context, every &lt;table&gt; as rows on the grid with rowspan/colspan laid out as merged cells
/// (<see cref="SpanGrid"/>), nested tables after the row that holds them. Scripts, styles and
/// other elements that show no text are skipped.
/// </summary>
internal sealed class HtmlWalker(RowSink sink, IngestLimits limits, IngestContext context)
{
    private const int MaxNesting = 8;

    /// <summary>The HTML spec's cap on colspan; rowspan is clipped to the rows the table has.</summary>
    private const int MaxColSpan = 1000;

    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "HEAD", "IFRAME", "OBJECT", "SVG", "MATH", "SELECT", "TEXTAREA"];

    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "SECTION", "ARTICLE",
        "HEADER", "FOOTER", "MAIN", "NAV", "ASIDE", "CENTER", "BLOCKQUOTE", "PRE", "FORM", "CAPTION", "FIGURE",
        "FIGCAPTION", "ADDRESS", "HR", "BODY", "FIELDSET", "LEGEND", "TR", "TD", "TH", "THEAD", "TBODY", "TFOOT",
    ];

    private readonly StringBuilder _inline = new();
    private int _paragraphs;
    private int _tables;

    public void Walk(INode node, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            if (sink.Full)
            {
                return;
            }

            switch (child)
            {
                case IText text:
                    _inline.Append(text.Data);
                    break;
                case IHtmlTableElement table:
                    Flush();
                    Table(table, (++_tables).ToString(CultureInfo.InvariantCulture), depth);
                    break;
                case IElement { TagName: "BR" }:
                    Flush();
                    break;
                case IElement element when Skipped.Contains(element.TagName):
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    Flush();
                    Walk(element, depth);
                    Flush();
                    break;
                case IElement element:
                    Walk(element, depth);
                    break;
            }
        }
    }

    /// <summary>Ends the running line of inline text as a context row.</summary>
    public void Flush()
    {
        var text = Collapse(_inline.ToString());
        _inline.Clear();
        if (text.Length > 0)
        {
            Context(text);
        }
    }

    public void Context(string text)
    {
        var number = ++_paragraphs;
        sink.Add([Collapse(text)], (line, column) => DocumentPlace.Paragraph(line, number, column));
    }

    private void Table(IHtmlTableElement table, string name, int depth)
    {
        if (depth >= MaxNesting)
        {
            context.Report("nesting-too-deep", Message.Of("ingest.nesting-too-deep.table", ("name", name), ("cap", MaxNesting)), DocumentPlace.TableCell(sink.Rows.Count + 1, name, 1, 1));
            return;
        }

        if (table.Caption is { } caption)
        {
            Context(CellText(caption, []));
        }

        var rows = table.Rows.ToArray();
        var grid = new SpanGrid(rows.Length, limits.MaxColumns);
        var nested = new List<IHtmlTableElement>[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            context.CheckTime();
            grid.NextRow();
            nested[r] = [];
            foreach (var cell in rows[r].Cells)
            {
                var rowSpan = Span(cell, "rowspan", 0, 65534);
                grid.Add(CellText(cell, nested[r]), rowSpan == 0 ? rows.Length - r : rowSpan, Span(cell, "colspan", 1, MaxColSpan));
            }
        }

        for (var r = 0; r < rows.Length && !sink.Full; r++)
        {
            var row = r + 1;
            sink.Add(grid.Texts(r), (line, column) => DocumentPlace.TableCell(line, name, row, column));
            for (var n = 0; n < nested[r].Count; n++)
            {
                Table(nested[r][n], $"{name}.{n + 1}", depth + 1);
            }
        }
    }

    /// <summary>A span attribute as browsers read it: a leading integer, clamped; missing or junk means 1.</summary>
    private static int Span(IElement cell, string attribute, int min, int max)
    {
        if (cell.GetAttribute(attribute) is not { } attributeValue)
        {
            return 1;
        }

        var value = attributeValue.Trim();
        var digits = value.AsSpan().IndexOfAnyExcept("0123456789") is var end and >= 0 ? end : value.Length;
        return digits > 0 && int.TryParse(value.AsSpan(0, Math.Min(digits, 9)), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Math.Clamp(n, min, max)
            : 1;
    }

    /// <summary>A cell's text with &lt;br&gt; and block ends as line breaks; nested tables are collected, not flattened.</summary>
    private static string CellText(INode node, List<IHtmlTableElement> nested)
    {
        // Most cells hold one line of text in one node: it as it collapses, with no builder and no split (a copied-row page reads thousands).
        if (node.ChildNodes is { Length: 1 } only && only[0] is IText single && !single.Data.Contains('\n'))
        {
            return Collapse(single.Data);
        }

        var sb = new StringBuilder();
        Append(node, sb, nested);
        return string.Join('\n', sb.ToString().Split('\n').Select(Collapse));
    }

    private static void Append(INode node, StringBuilder sb, List<IHtmlTableElement> nested)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IHtmlTableElement table:
                    nested.Add(table);
                    break;
                case IElement { TagName: "BR" }:
                    sb.Append('\n');
                    break;
                case IElement element when Skipped.Contains(element.TagName):
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    sb.Append('\n');
                    Append(element, sb, nested);
                    sb.Append('\n');
                    break;
                case IElement element:
                    Append(element, sb, nested);
                    break;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> HtmlSpace = System.Buffers.SearchValues.Create(" \t\n\r\f\u00A0\u3000");

    /// <summary>HTML whitespace collapses to one space, as a browser shows it; text with none to collapse is itself.</summary>
    private static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        return string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r', '\f', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether every whitespace character is a plain space between two other characters (none at all included).</summary>
    private static bool IsCollapsed(string text)
    {
        if (!text.AsSpan().ContainsAny(HtmlSpace))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (HtmlSpace.Contains(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
