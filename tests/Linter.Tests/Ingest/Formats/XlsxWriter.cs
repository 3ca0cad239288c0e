using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>Writes fixture sheets as a real .xlsx with the Open XML SDK: shared strings, number formats, merges, hidden rows and sheets, formulas with cached values.</summary>
internal static class XlsxWriter
{
    public static byte[] Write(params FixtureSheet[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var formats = Styles(workbook, sheets);
            var strings = new List<string>();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet, formats, strings);
                workbook.Workbook.Sheets!.Append(new Sheet
                {
                    Name = sheet.Name,
                    SheetId = id++,
                    Id = workbook.GetIdOfPart(part),
                    State = sheet.Hidden ? SheetStateValues.Hidden : null,
                });
            }

            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(FixtureSheet sheet, List<string> formats, List<string> strings)
    {
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1), Hidden = sheet.HiddenRows.Contains(r) ? true : null };
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                if (sheet.Rows[r][c] is { } cell)
                {
                    row.Append(Cell(cell, GoalLint.Ingest.Formats.CellReference.ToA1(r, c), formats, strings));
                }
            }

            data.Append(row);
        }

        var worksheet = new Worksheet(data);
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
        }

        return worksheet;
    }

    private static Cell Cell(FixtureCell fixture, string reference, List<string> formats, List<string> strings)
    {
        var cell = new Cell { CellReference = reference };
        if (fixture.Format is { } format)
        {
            cell.StyleIndex = (uint)(formats.IndexOf(format) + 1);
        }

        if (fixture.Formula is { } formula)
        {
            cell.CellFormula = new CellFormula(formula);
        }

        switch (fixture.Value)
        {
            case string text:
                strings.Add(text);
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                cell.CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            default:
                cell.CellValue = new CellValue(Convert.ToDouble(fixture.Value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
        }

        return cell;
    }

    /// <summary>One custom number format (id 164 on) and one cell style per distinct format string; style 0 is General.</summary>
    private static List<string> Styles(WorkbookPart workbook, FixtureSheet[] sheets)
    {
        var formats = sheets.SelectMany(s => s.Rows).SelectMany(r => r).Select(c => c?.Format).OfType<string>().Distinct().ToList();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(formats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = f })),
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            new CellFormats(new[] { new CellFormat() }.Concat(formats.Select((_, i) => new CellFormat { NumberFormatId = (uint)(164 + i), ApplyNumberFormat = true }))));
        return formats;
    }
}
