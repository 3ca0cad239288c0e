namespace GoalLint.Ingest.Cells;

/// <summary>
/// A run of rows the source sets apart: a pipe table (one row per table line), or the text
/// between tables (a title, a note, a heading: one one-cell row per line). Never empty.
/// </summary>
public sealed record CellBlock(bool IsTable, IReadOnlyList<Row> Rows, int Width)
{
    public int LastLine => Rows[^1].Line;
}
