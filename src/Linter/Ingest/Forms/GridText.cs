using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>Cell text as the grid readers need it: wrapped text joined, values kept as written (labels: <see cref="LabelText"/>).</summary>
internal static partial class GridText
{
    /// <summary>
    /// Cleans a cell and joins the fragments an exporter split at a line wrap (社会效益 指标,
    /// 数据汇交与监管技术支持 服务); spaces between Latin words stay.
    /// </summary>
    public static string Unwrap(string text) => CellText.JoinWrapped(Spaces().Split(CellText.Clean(text)));

    /// <summary>A label, name, header or goal cell: unwrapped, at the cell.</summary>
    public static TextField Field(Cell cell) => new(Unwrap(cell.Text), cell.At);

    /// <summary>The text cells among <paramref name="cells"/> as fields, for a <see cref="WrappedField"/>.</summary>
    public static IEnumerable<TextField> Fields(IEnumerable<Cell> cells) => cells.Where(c => !c.IsBlank).Select(Field);

    /// <summary>Whether the row's only text is a title such as 项目绩效目标表 (after Markdown heading marks).</summary>
    public static bool IsTitle(Row row, Func<string, bool> isTitleLabel) =>
        row.Only is { } only && isTitleLabel(LabelText.Key(only.Text));

    /// <summary>The title cell without its heading marks, at the first character after them.</summary>
    public static TextField Title(Cell cell)
    {
        var text = cell.Text;
        var skip = text.Length - text.TrimStart('#', ' ', '\t').Length;
        return new TextField(Unwrap(text[skip..]), cell.At with { Column = cell.At.Column + skip });
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
