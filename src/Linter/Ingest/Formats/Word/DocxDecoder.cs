using GoalLint.Shared.Messages;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats.Word;

/// <summary>
/// Reads a Word .docx as the reviewer sees it, top to bottom: every paragraph outside a table
/// (the title, the 项目名称 and 单位 lines above a table) is a row of its own, split at tabs;
/// every w:tbl is its rows on the grid, gridSpan and vMerge laid out as merged cells; a table
/// nested in a cell follows the row that holds it. Locations: 表N 第R行第C列 and 正文 第N段.
/// </summary>
internal sealed class DocxDecoder : ICellProducer
{
    /// <summary>Deeper nesting than this is not a form; it is skipped and said.</summary>
    private const int MaxNesting = 8;

    /// <summary>Largest XML part parsed, in characters: the DOM of a larger one would dwarf the file cap.</summary>
    private const long MaxPartCharacters = 64L * 1024 * 1024;

    public SourceFormat Format => SourceFormat.Docx;

    public CellRows? Read(byte[] bytes, IngestLimits limits, IngestContext context)
    {
        var sink = new RowSink(limits, context);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxPartCharacters });
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                context.Report("corrupt-document", Message.Of("ingest.corrupt-document.no-body"), new SourceLocation(1, 1));
                return null;
            }

            new Walker(sink, limits, context).Blocks(body.ChildElements, 0);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not ReadBudgetExceededException)
        {
            context.Report("corrupt-document", Message.Of("ingest.corrupt-document.docx", ("partial", sink.Rows.Count > 0 ? Message.Of("ingest.corrupt-document.partial") : (object)""), ("error", $"{ex.GetType().Name}: {ex.Message}")), new SourceLocation(sink.Rows.Count + 1, 1));
        }

        if (sink.Rows.Count == 0)
        {
            if (!context.Diagnostics.Any(d => d.Code == "corrupt-document"))
            {
                context.Report("empty-document", Message.Of("ingest.empty-document.docx"), new SourceLocation(1, 1));
            }

            return null;
        }

        return new CellRows(sink.Rows, "utf-8");
    }

    private sealed class Walker(RowSink sink, IngestLimits limits, IngestContext context)
    {
        private int _paragraphs;
        private int _tables;

        public void Blocks(IEnumerable<OpenXmlElement> elements, int depth)
        {
            foreach (var element in elements)
            {
                if (sink.Full)
                {
                    return;
                }

                switch (element)
                {
                    case Paragraph p:
                        Paragraph(p);
                        break;
                    case Table t:
                        Table(t, (++_tables).ToString(CultureInfo.InvariantCulture), depth);
                        break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock:
                        // Content controls and custom XML wrap ordinary paragraphs and tables.
                        Blocks(element.ChildElements, depth);
                        break;
                }
            }
        }

        private void Paragraph(Paragraph p)
        {
            var text = Text(p);
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var number = ++_paragraphs;
            // Tabs align a label and its value on the line: each side becomes a cell, as in a tab-separated export.
            var cells = text.Split('\t').Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
            sink.Add(cells, (line, column) => DocumentPlace.Paragraph(line, number, column));
        }

        private void Table(Table table, string name, int depth)
        {
            if (depth >= MaxNesting)
            {
                context.Report("nesting-too-deep", Message.Of("ingest.nesting-too-deep.table", ("name", name), ("cap", MaxNesting)), DocumentPlace.TableCell(sink.Rows.Count + 1, name, 1, 1));
                return;
            }

            var rows = table.Elements<TableRow>().ToArray();
            var grid = new SpanGrid(rows.Length, limits.MaxColumns);
            var nested = new List<Table>[rows.Length];
            for (var r = 0; r < rows.Length; r++)
            {
                context.CheckTime();
                grid.NextRow();
                grid.Skip(rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
                nested[r] = [];
                foreach (var cell in Cells(rows[r]))
                {
                    var properties = cell.TableCellProperties;
                    var span = properties?.GridSpan?.Val?.Value ?? 1;
                    // A vMerge without a value, or "continue", is a cell covered by the one above.
                    var covered = properties?.VerticalMerge is { } v && (v.Val is null || v.Val.Value == MergedCellValues.Continue)
                        || properties?.HorizontalMerge is { } h && (h.Val is null || h.Val.Value == MergedCellValues.Continue);
                    grid.Add(covered ? "" : CellTextOf(cell), 1, span);
                    nested[r].AddRange(cell.Elements<Table>());
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

        /// <summary>A row's cells, including those wrapped in content controls.</summary>
        private static IEnumerable<TableCell> Cells(OpenXmlElement row)
        {
            foreach (var child in row.ChildElements)
            {
                if (child is TableCell cell)
                {
                    yield return cell;
                }
                else if (child is SdtCell or CustomXmlCell or SdtContentCell)
                {
                    foreach (var inner in Cells(child))
                    {
                        yield return inner;
                    }
                }
            }
        }

        /// <summary>A cell's own paragraphs, one line each (nested tables are read as tables of their own).</summary>
        private static string CellTextOf(TableCell cell) =>
            string.Join('\n', cell.Descendants<Paragraph>().Where(p => p.Ancestors<TableCell>().FirstOrDefault() == cell).Select(p => Text(p).Replace('\t', ' ')));

        /// <summary>The visible text of a paragraph: deleted text, field codes and hidden runs are not shown by Word, so not read.</summary>
        private static string Text(Paragraph p)
        {
            var sb = new StringBuilder();
            foreach (var element in p.Descendants())
            {
                switch (element)
                {
                    case Text t when !Hidden(t):
                        sb.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        sb.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        sb.Append('\n');
                        break;
                }
            }

            return sb.ToString();
        }

        private static bool Hidden(Text t) => t.Parent is Run { RunProperties.Vanish: not null } run && run.RunProperties!.Vanish!.Val?.Value != false;
    }
}
