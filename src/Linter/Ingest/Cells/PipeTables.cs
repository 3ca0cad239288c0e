using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Cells;

/// <summary>
/// The pipe tables of a text (Markdown, or any export that draws them) as blocks of located
/// cells, and the text between them as one-cell rows. A table is a pipe row followed by a
/// delimiter row (|---|---|); it runs over the pipe rows below, to a blank line or a line
/// without a pipe. Rows keep the cells they hold (a short row is not padded to the widest), so
/// memory grows with the cells met, and a row is read to <see cref="Row.MaxCells"/> cells.
/// </summary>
public static class PipeTables
{
    public static IReadOnlyList<CellBlock> Read(SourceText source, IngestContext? context = null)
    {
        var blocks = new List<CellBlock>();
        var lines = source.Lines;
        var text = new List<Row>();
        for (var i = 0; i < lines.Count; i++)
        {
            context?.CheckTime();
            var line = lines[i];
            if (line.AsSpan().IsWhiteSpace())
            {
                Flush();
                continue;
            }

            if (i + 1 < lines.Count && line.Contains('|') && !PipeCells.IsRule(line) && PipeCells.IsRule(lines[i + 1]))
            {
                Flush();
                i = ReadTable(lines, i, blocks, context) - 1;
                continue;
            }

            if (IsHeading(line))
            {
                Flush();
                AddText(i, line);
                Flush();
                continue;
            }

            AddText(i, line);
        }

        Flush();
        return blocks;

        void AddText(int index, string raw)
        {
            // A line of markup only (<br>) holds no text.
            var body = IsHeading(raw) ? raw.TrimStart().TrimStart('#') : raw;
            var cleaned = Unbold(CellText.Clean(body));
            if (cleaned.Length > 0)
            {
                var column = raw.Length - body.Length + (body.Length - body.TrimStart().Length) + 1;
                text.Add(new Row(index + 1, [new Cell(cleaned, new SourceLocation(index + 1, column))], raw));
            }
        }

        void Flush()
        {
            if (text.Count > 0)
            {
                blocks.Add(new CellBlock(false, text, 1));
                text = [];
            }
        }
    }

    /// <summary>Reads the table whose header row is line <paramref name="header"/>; returns the index of the first line after it.</summary>
    private static int ReadTable(IReadOnlyList<string> lines, int header, List<CellBlock> blocks, IngestContext? context)
    {
        var rows = new List<Row> { TableRow(header, lines[header]) };
        var end = header + 2;
        for (; end < lines.Count && lines[end].Contains('|') && !lines[end].AsSpan().IsWhiteSpace(); end++)
        {
            context?.CheckTime();
            rows.Add(TableRow(end, lines[end]));
        }

        var width = 0;
        foreach (var row in rows)
        {
            width = Math.Max(width, row.Cells.Count);
        }

        blocks.Add(new CellBlock(true, rows, width));
        return end;
    }

    private static Row TableRow(int index, string line)
    {
        var cells = PipeCells.Split(index + 1, line);
        for (var c = 0; c < cells.Count; c++)
        {
            // Most cells are clean already: they keep their cell, not a copy of it.
            var text = cells[c].Text;
            var cleaned = text.Length > 0 ? Unbold(CellText.Clean(text)) : text;
            if (!ReferenceEquals(cleaned, text))
            {
                cells[c] = cells[c] with { Text = cleaned };
            }
        }

        return new Row(index + 1, cells, line);
    }

    /// <summary>Strong emphasis around a whole line or cell (**成都市…自评表**, __项目名称__) is markup, not text.</summary>
    private static string Unbold(string text) =>
        text.Length > 4 && ((text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
            || (text.StartsWith("__", StringComparison.Ordinal) && text.EndsWith("__", StringComparison.Ordinal)))
            ? text[2..^2].Trim()
            : text;

    /// <summary>An ATX heading (# …, up to three spaces in) stands alone: its marks are not text.</summary>
    private static bool IsHeading(string line)
    {
        var t = line.AsSpan().TrimStart(' ');
        return line.Length - t.Length <= 3 && t.StartsWith("#");
    }
}
