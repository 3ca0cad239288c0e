namespace GoalLint.Ingest.Forms;

/// <summary>A row as evidence.</summary>
internal static class RowText
{
    /// <summary>The row as it reads in the source: its cells joined by tabs, without the empty cells that trail it.</summary>
    public static string Joined(Row row) => string.Join('\t', row.Cells.Select(c => c.Text)).TrimEnd('\t');
}
