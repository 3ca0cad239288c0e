namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// Reads the label/value rows of a form (基本情况, the goals, a report after the form): cells alternate
/// label, value from the left, after any section label (基本情况); a cell may also hold both
/// (填报单位名称: …). A row with one cell under the previous row's last value continues it
/// (实际完成情况 gives one 已完成 per 阶段性目标).
/// </summary>
internal sealed class LabelledPairs(SectionLabels labels)
{
    /// <summary>Longest label read from a "label: value" cell; longer text before a colon is prose.</summary>
    private const int MaxInlineLabel = 15;

    private readonly List<LabelledValue> _pairs = [];
    private LabelledValue? _open;

    public IReadOnlyList<LabelledValue> Pairs => _pairs;

    /// <summary>Another block read the row before: nothing continues across it.</summary>
    public void Break() => _open = null;

    public void Read(Row row)
    {
        var filled = row.Cells.Select((c, i) => (Cell: c, Index: i)).Where(c => !c.Cell.IsBlank).ToList();
        if (_open is { } open && filled.Count == 1 && filled[0].Index == open.ValueColumn)
        {
            open.Continue(filled[0].Cell);
            return;
        }

        _open = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (cell.IsBlank || labels.IsSection(cell.Text))
            {
                continue;
            }

            if (Inline(cell) is { } inline)
            {
                _pairs.Add(inline);
                continue;
            }

            var value = i + 1 < row.Cells.Count ? row.Cells[i + 1] : new Cell("", cell.At);
            _open = new LabelledValue(cell, value, i + 1);
            _pairs.Add(_open);
            i++;
        }
    }

    private static LabelledValue? Inline(Cell cell)
    {
        var colon = cell.Text.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > MaxInlineLabel || colon == cell.Text.Length - 1)
        {
            return null;
        }

        var rest = cell.Text[(colon + 1)..];
        var lead = rest.Length - rest.TrimStart().Length;
        var at = cell.At with { Column = cell.At.Column + colon + 1 + lead };
        return new LabelledValue(cell with { Text = cell.Text[..colon] }, new Cell(rest.Trim(), at), -1);
    }
}
