using GoalLint.Shared.Messages;
using System.Text;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// RFC 4180 records: fields split at the delimiter, a field opened by a quote runs to the
/// matching quote (delimiters and line breaks inside it are text, "" is one quote). Lenient
/// where exports are sloppy: a quote inside an unquoted field is kept as text. Each cell is
/// located at the file line and column where its text starts; each record is one row.
/// </summary>
public static class CsvParser
{
    /// <summary>One field as read, with where its text starts in the file (1-based).</summary>
    public readonly record struct Field(string Text, int Line, int Column);

    /// <summary>
    /// The records read; the line of a quote never closed (0 if none); whether a quoted field
    /// held a line break; whether text followed a closing quote (not strict RFC 4180).
    /// </summary>
    public sealed record Records(List<List<Field>> Rows, int UnterminatedAt, bool QuotedBreaks, bool Sloppy);

    public static Records Parse(string text, char delimiter, int maxRecords)
    {
        var records = new List<List<Field>>();
        var record = new List<Field>();
        var field = new StringBuilder();
        int line = 1, lineStart = 0, i = 0;
        var unterminatedAt = 0;
        bool quotedBreaks = false, sloppy = false;
        while (i <= text.Length && records.Count < maxRecords)
        {
            int fieldLine = line, fieldColumn = i - lineStart + 1;
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                fieldColumn++;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var c = text[i++];
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (c == '\n' || c == '\r' && (i >= text.Length || text[i] != '\n'))
                    {
                        line++;
                        lineStart = i;
                        quotedBreaks = true;
                    }

                    field.Append(c);
                }

                if (!closed)
                {
                    unterminatedAt = fieldLine;
                }

                sloppy |= i < text.Length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r';
            }

            // Unquoted text, or whatever sloppy text follows a closing quote, up to the delimiter or line end.
            while (i < text.Length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
            {
                field.Append(text[i++]);
            }

            record.Add(new Field(field.ToString(), fieldLine, fieldColumn));
            if (i < text.Length && text[i] == delimiter)
            {
                i++;
                continue;
            }

            records.Add(record);
            record = [];
            if (i >= text.Length)
            {
                break;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            line++;
            lineStart = i;
            if (i == text.Length)
            {
                break;
            }
        }

        return new Records(records, unterminatedAt, quotedBreaks, sloppy);
    }

    /// <summary>
    /// The delimiter of a delimited text, or null for other text: ',' for CSV; '\t' for a
    /// tab-separated export only when it quotes cells with line breaks (Excel's Unicode text
    /// export does), since plain tab-separated text reads as lines already and must not have a
    /// stray quote swallow rows.
    /// </summary>
    public static char? Delimiter(string text)
    {
        if (LooksLikeCsv(text))
        {
            return ',';
        }

        if (!text.Contains('\t') || !text.Contains('"'))
        {
            return null;
        }

        var tabbed = Parse(text, '\t', int.MaxValue);
        return tabbed is { QuotedBreaks: true, UnterminatedAt: 0, Sloppy: false } ? '\t' : null;
    }

    /// <summary>
    /// Comma-separated when most records of a sample split into the same number (two or more)
    /// of fields and the text has no tab grid: prose with a stray comma splits unevenly.
    /// </summary>
    private static bool LooksLikeCsv(string text)
    {
        var sample = text.Length > 65_536 ? text[..65_536] : text;
        var parsed = Parse(sample, ',', 200);
        var unterminatedAt = parsed.UnterminatedAt;
        var records = parsed.Rows.Where(r => r.Count > 1 || r[0].Text.Length > 0).ToList();

        // A record cut by the end of the sample, or one that swallowed the rest in an open quote, says nothing about the grid.
        if (records.Count > 0 && (sample.Length < text.Length || unterminatedAt > 0))
        {
            records.RemoveAt(records.Count - 1);
        }

        if (records.Count < 2)
        {
            return false;
        }

        var counts = records.GroupBy(r => r.Count).MaxBy(g => g.Count())!;
        var tabbed = sample.Split('\n').Count(l => l.Contains('\t'));
        return counts.Key >= 2 && counts.Count() >= 0.8 * records.Count && tabbed < records.Count / 2;
    }

    /// <summary>The rows of a delimited text: row N is record N, each cell located where its text starts in the file.</summary>
    public static IReadOnlyList<Row> ToRows(string text, char delimiter, IngestLimits limits, IngestContext context)
    {
        var (records, unterminatedAt, _, _) = Parse(text, delimiter, limits.MaxLines + 1);
        if (unterminatedAt > 0)
        {
            context.Report("unterminated-quote", Message.Of("ingest.unterminated-quote", ("line", unterminatedAt)), new SourceLocation(unterminatedAt, 1));
        }

        if (records.Count > limits.MaxLines)
        {
            context.Report("too-many-lines", Message.Of("ingest.too-many-lines.records", ("cap", limits.MaxLines)), new SourceLocation(records[^1][0].Line, 1));
            records.RemoveAt(records.Count - 1);
        }

        var rows = new List<Row>(records.Count);
        foreach (var record in records)
        {
            var cells = record.Select(f => new Cell(GridCells.Cap(CellFormatter.OneLine(f.Text), new SourceLocation(f.Line, f.Column), limits, context), new SourceLocation(f.Line, f.Column))).ToArray();
            rows.Add(GridCells.ToRow(rows.Count + 1, cells));
        }

        return rows;
    }
}
