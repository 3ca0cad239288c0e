using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Formats;

/// <summary>What CSV and spreadsheet decoding share: capping cells and joining cells into a row.</summary>
public static class GridCells
{
    /// <summary>Cuts a cell over the cap and reports it, so one pasted megabyte cannot slow every reader.</summary>
    public static string Cap(string text, SourceLocation at, IngestLimits limits, IngestContext context)
    {
        if (text.Length <= limits.MaxCellChars)
        {
            return text;
        }

        context.Report("cell-too-long", Message.Of("ingest.cell-too-long.cell", ("chars", text.Length), ("cap", limits.MaxCellChars)), at, text[..80]);
        return text[..limits.MaxCellChars];
    }

    /// <summary>
    /// A row whose <see cref="Row.Raw"/> is its cells joined by tabs, so line N of the decoded
    /// text is row N and reads like the tab-separated export of the same table. The row ends at
    /// its last filled cell: CSV and sheets pad every row to the width of the widest, which
    /// would make a title look like a row of empty cells.
    /// </summary>
    public static Row ToRow(int line, IReadOnlyList<Cell> cells)
    {
        var width = cells.Count;
        while (width > 0 && cells[width - 1].IsBlank)
        {
            width--;
        }

        var kept = width == cells.Count ? cells : cells.Take(width).ToArray();
        return new Row(line, kept, string.Join('\t', kept.Select(c => c.Text)));
    }
}
