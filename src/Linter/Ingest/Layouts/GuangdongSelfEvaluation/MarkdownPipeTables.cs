using GoalLint.Shared.Messages;
using GoalLint.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>
/// Turns Markdown into <see cref="Row"/> lists with Markdig's pipe tables, so a converted form
/// reads like any other grid. Locations are mapped back from Markdig's character spans to
/// 1-based line and column of the decoded text. Markdig gives no span for an empty cell or an
/// empty row: those are placed after the pipe that opens them, on the line after the row before.
/// </summary>
public static class MarkdownPipeTables
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Deeper block-quote nesting than any form uses; Markdig throws on thousands of levels.</summary>
    private const int MaxQuoteDepth = 32;

    /// <summary>
    /// Most cells read from one row; a 韶关 form has about ten. Markdig pads every row of a table to
    /// its widest, so one row of thousands of pipes would multiply through the whole table.
    /// </summary>
    private const int MaxColumns = 64;

    public static IReadOnlyList<MarkdownBlock> Parse(SourceText source, IngestContext? context = null)
    {
        var starts = LineStarts(source.Text);
        var blocks = new List<MarkdownBlock>();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(MarkdigInput(source, starts, context), Pipeline);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses block nesting (lists in lists) thousands deep; no form has it.
            context?.Report("nesting-too-deep", Message.Of("ingest.nesting-too-deep.file", ("error", ex.Message)), new SourceLocation(1, 1));
            return blocks;
        }

        foreach (var block in document)
        {
            context?.CheckTime();
            var rows = block is Table table ? TableRows(table, source, starts) : LineRows(block, source, starts);
            if (rows.Count > 0)
            {
                blocks.Add(new MarkdownBlock(block is Table, rows));
            }
        }

        return blocks;
    }

    private static List<Row> TableRows(Table table, SourceText source, int[] starts)
    {
        var rows = new List<Row>();
        int? previous = null;
        var previousWasHeader = false;
        foreach (var row in table.OfType<TableRow>())
        {
            var spanned = row.OfType<TableCell>().FirstOrDefault(c => c.Span.Length > 0);
            var line = spanned is not null
                ? LineOf(spanned.Span.Start, starts)
                : previous is { } p ? p + (previousWasHeader ? 2 : 1) : table.Line;
            if (line >= source.Lines.Count)
            {
                break;
            }

            rows.Add(new Row(line + 1, Cells(row, line, source.Text, starts), source.Lines[line]));
            previous = line;
            previousWasHeader = row.IsHeader;
        }

        return rows;
    }

    private static List<Cell> Cells(TableRow row, int line, string text, int[] starts)
    {
        var cells = new List<Cell>();
        var lineEnd = line + 1 < starts.Length ? starts[line + 1] : text.Length;
        var cursor = starts[line];
        foreach (var cell in row.OfType<TableCell>())
        {
            if (cell.Span.Length > 0 && cell.Span.End < text.Length)
            {
                var raw = text.Substring(cell.Span.Start, cell.Span.Length);
                var lead = raw.Length - raw.TrimStart().Length;
                cells.Add(new Cell(CellText.Clean(raw.Replace("\\|", "|", StringComparison.Ordinal)), Locate(cell.Span.Start + lead, starts)));
                cursor = cell.Span.End + 1;
                continue;
            }

            var pipe = cursor < lineEnd ? text.IndexOf('|', cursor, lineEnd - cursor) : -1;
            cursor = pipe < 0 ? cursor : pipe + 1;
            cells.Add(new Cell("", Locate(Math.Min(cursor, lineEnd), starts)));
        }

        return cells;
    }

    /// <summary>Non-table blocks keep their lines: each non-blank line is a one-cell row.</summary>
    private static List<Row> LineRows(Block block, SourceText source, int[] starts)
    {
        var rows = new List<Row>();
        if (block.Span.Length <= 0)
        {
            return rows;
        }

        var first = LineOf(block.Span.Start, starts);
        var last = Math.Min(LineOf(Math.Max(block.Span.Start, block.Span.End), starts), source.Lines.Count - 1);
        for (var line = first; line <= last; line++)
        {
            var raw = source.Lines[line];
            var body = block is HeadingBlock ? raw.TrimStart().TrimStart('#') : raw;
            var text = CellText.Clean(body);
            if (text.Length > 0)
            {
                var column = raw.Length - body.Length + (body.Length - body.TrimStart().Length) + 1;
                rows.Add(new Row(line + 1, [new Cell(text, new SourceLocation(line + 1, column))], raw));
            }
        }

        return rows;
    }

    /// <summary>
    /// The text Markdig parses: same length as the source, so its spans still index the source,
    /// which is where cell text is taken from. Only the table structure is wanted from Markdig, so
    /// the characters that open inline markup (emphasis, links, code, HTML) become inert letters:
    /// thousands of unclosed ones make its pipe-table pass quadratic or exceed its depth limit.
    /// Lines quoted deeper than <see cref="MaxQuoteDepth"/> are blanked, and cells past
    /// <see cref="MaxColumns"/> are cut, each reported.
    /// </summary>
    private static string MarkdigInput(SourceText source, int[] starts, IngestContext? context)
    {
        var text = source.Text.ToCharArray();
        for (var line = 0; line < source.Lines.Count; line++)
        {
            var raw = source.Lines[line];
            var prefix = raw.Length - raw.AsSpan().TrimStart(" \t>").Length;
            if (raw.AsSpan(0, prefix).Count('>') > MaxQuoteDepth)
            {
                Array.Fill(text, ' ', starts[line], raw.Length);
                context?.Report("nesting-too-deep", Message.Of("ingest.nesting-too-deep.line", ("line", line + 1), ("depth", MaxQuoteDepth)), new SourceLocation(line + 1, 1), CellText.Excerpt(raw));
            }
            else if (CutAfter(raw) is { } cut)
            {
                Array.Fill(text, ' ', starts[line] + cut, raw.Length - cut);
                context?.Report("too-many-columns", Message.Of("ingest.too-many-columns.line", ("line", line + 1), ("cap", MaxColumns)), new SourceLocation(line + 1, cut + 1), CellText.Excerpt(raw));
            }
        }

        foreach (ref var c in text.AsSpan())
        {
            if (c is '*' or '_' or '[' or ']' or '`' or '<' or '!')
            {
                c = 'x';
            }
        }

        return new string(text);
    }

    /// <summary>Where the pipe that would open cell <see cref="MaxColumns"/> + 1 of the line stands, or null when the line has no more cells.</summary>
    private static int? CutAfter(string line)
    {
        var pipes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\') && ++pipes > MaxColumns + 1)
            {
                return i;
            }
        }

        return null;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>0-based line holding character <paramref name="offset"/>.</summary>
    private static int LineOf(int offset, int[] starts)
    {
        var found = Array.BinarySearch(starts, offset);
        return found >= 0 ? found : ~found - 1;
    }

    private static SourceLocation Locate(int offset, int[] starts)
    {
        var line = LineOf(offset, starts);
        return new SourceLocation(line + 1, offset - starts[line] + 1);
    }
}
