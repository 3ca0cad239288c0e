namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>
/// A top-level Markdown block as grid rows: a pipe table gives one row per table line, any other
/// block (title, note, heading) one one-cell row per source line. Never empty.
/// </summary>
public sealed record MarkdownBlock(bool IsTable, IReadOnlyList<Row> Rows)
{
    public int LastLine => Rows[^1].Line;

    /// <summary>Cells per row: a pipe table pads every row to its header's width.</summary>
    public int Width => Rows.Max(r => r.Cells.Count);
}
