using GoalLint.Ingest.Cells;
using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>A decoded input: its text split into lines, and the same lines as tab-separated rows.</summary>
public sealed class SourceText
{
    private IReadOnlyList<Row>? _rows;
    private IReadOnlyList<CellBlock>? _pipeBlocks;

    public SourceText(string path, string text, string encoding, SourceFormat format)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
        Format = format;
        Lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    public string Path { get; }

    public string Text { get; }

    public string Encoding { get; }

    public SourceFormat Format { get; }

    /// <summary>Lines without terminators; line N of the file is <c>Lines[N - 1]</c>.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>
    /// Every line as a row: the rows of a pipe table split at its pipes (its delimiter row empty),
    /// any other line split at tabs (a line without tabs is a one-cell row).
    /// </summary>
    public IReadOnlyList<Row> Rows => _rows ??= TextRows();

    /// <summary>
    /// The text's pipe tables and the text between them (<see cref="PipeTables"/>), read once: the rows
    /// and a reader of pipe-table forms both ask, and the layout choice may try several readers.
    /// </summary>
    public IReadOnlyList<CellBlock> PipeBlocks(IngestContext? context = null) => _pipeBlocks ??= PipeTables.Read(this, context);

    /// <summary>A workbook's hidden columns that hold text, by sheet and 1-based column (a cell's <see cref="SourceLocation"/>).</summary>
    public IReadOnlySet<(string Sheet, int Column)> HiddenColumns { get; internal set; } = new HashSet<(string, int)>();

    /// <summary>The rows when they are split already (a grid's, or a text's once a reader asked): a scan that can read the lines itself need not split them.</summary>
    internal IReadOnlyList<Row>? RowsIfSplit => _rows;

    private Row[] TextRows()
    {
        var rows = new Row[Lines.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Row.FromTabSeparated(i + 1, Lines[i]);
        }

        if (Text.Contains('|'))
        {
            foreach (var table in PipeBlocks().Where(b => b.IsTable))
            {
                foreach (var row in table.Rows)
                {
                    rows[row.Line - 1] = row;
                }

                var rule = table.Rows[0].Line;
                rows[rule] = new Row(rule + 1, [], Lines[rule]);
            }
        }

        return rows;
    }

    /// <summary>A source built from rows that come from a grid (CSV, spreadsheet) rather than from text lines.</summary>
    public static SourceText FromRows(string path, IReadOnlyList<Row> rows, string encoding, SourceFormat format)
    {
        var text = string.Join('\n', rows.Select(r => r.Raw));
        return new SourceText(path, text, encoding, format) { _rows = rows };
    }
}
