using System.Globalization;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Where a cell sits in a document that is not a spreadsheet, named the way a reviewer finds it
/// in the original: 表2 第3行第1列 in Word and HTML, 第2页 第14行 in a PDF. The names ride in the
/// sheet/cell pair of <see cref="SourceLocation"/>, which every report already shows; the line
/// stays the row of the decoded source, so findings sort in reading order.
/// </summary>
internal static class DocumentPlace
{
    /// <summary>A table cell: <paramref name="table"/> is the table's number (nested tables: 2.1), row and column count from 1.</summary>
    public static SourceLocation TableCell(int line, string table, int row, int column) =>
        new(line, column, "表" + table, string.Create(CultureInfo.InvariantCulture, $"第{row}行第{column}列"));

    /// <summary>A paragraph outside any table (a title, a 项目名称 line), counted from 1 over the document.</summary>
    public static SourceLocation Paragraph(int line, int paragraph, int column) =>
        new(line, column, "正文", string.Create(CultureInfo.InvariantCulture, $"第{paragraph}段"));

    /// <summary>A PDF cell: its page and the text line on that page where the cell starts.</summary>
    public static SourceLocation PageLine(int line, int column, int page, int pageLine) =>
        new(line, column, string.Create(CultureInfo.InvariantCulture, $"第{page}页"), string.Create(CultureInfo.InvariantCulture, $"第{pageLine}行"));
}
