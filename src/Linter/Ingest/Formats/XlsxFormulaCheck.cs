using GoalLint.Shared.Messages;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GoalLint.Model;
using SheetCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Compares the cached value of each simple total (=SUM(D5:D11), =B2+C2) with the cached values
/// of the cells it adds up. They disagree when a figure was edited and the sheet not
/// recalculated, or the file was written by a tool that does not recalculate: the total a
/// reviewer reads is then wrong. Each mismatch is a `formula-mismatch` diagnostic at the cell.
/// </summary>
public static class XlsxFormulaCheck
{
    /// <summary>Runs over a workbook that <see cref="ZipGuard"/> has already let through.</summary>
    public static void Run(byte[] bytes, IngestContext context)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var workbook = document.WorkbookPart;
            foreach (var sheet in workbook?.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is { } id && workbook!.GetPartById(id) is WorksheetPart part)
                {
                    CheckSheet(sheet.Name?.Value ?? "", part, context);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The workbook was already read by the grid decoder; a package the SDK rejects
            // (strict OOXML, odd parts) only means its totals go unchecked.
        }
    }

    private static void CheckSheet(string name, WorksheetPart part, IngestContext context)
    {
        var numbers = new Dictionary<FormulaCells.Ref, double>();
        var texts = new HashSet<FormulaCells.Ref>();
        var formulas = new List<(FormulaCells.Ref At, string Formula, double Cached)>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SheetCell) || !reader.IsStartElement || reader.LoadCurrentElement() is not SheetCell cell
                || CellReference.Parse(cell.CellReference?.Value) is not { } at)
            {
                continue;
            }

            var key = new FormulaCells.Ref(at.Row, at.Column);
            var value = 0d;
            var numeric = (cell.DataType is null || cell.DataType.Value == CellValues.Number)
                && double.TryParse(cell.CellValue?.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            if (numeric)
            {
                numbers[key] = value;
                if (cell.CellFormula?.Text is { Length: > 0 } formula)
                {
                    formulas.Add((key, formula, value));
                }
            }
            else if (cell.CellValue is not null || cell.InlineString is not null)
            {
                texts.Add(key);
            }
        }

        foreach (var (at, formula, cached) in formulas)
        {
            if (FormulaCells.Parse(formula) is not { } sum || !sum.IgnoresText && sum.Cells.Any(texts.Contains))
            {
                continue;
            }

            var expected = sum.Cells.Sum(c => numbers.GetValueOrDefault(c));
            if (Math.Abs(expected - cached) > 1e-6 * Math.Max(1, Math.Abs(expected)))
            {
                var a1 = CellReference.ToA1(at.Row, at.Column);
                context.Report(
                    "formula-mismatch",
                    Message.Of("ingest.formula-mismatch", ("cell", a1), ("sheet", name), ("formula", formula), ("shown", FormulaCells.Show(cached)), ("sum", FormulaCells.Show(expected))),
                    new SourceLocation(at.Row + 1, at.Column + 1, name, a1),
                    Message.Of("ingest.formula-mismatch.evidence", ("formula", formula), ("shown", FormulaCells.Show(cached)), ("sum", FormulaCells.Show(expected))).ToString());
            }
        }
    }
}
