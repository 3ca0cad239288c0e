using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>A label cell and the value beside it; a value that goes on in the rows below gathers their cells.</summary>
internal sealed class LabelledValue(Cell label, Cell value, int valueColumn)
{
    private readonly List<Cell> _parts = value.IsBlank ? [] : [value];

    public string Label { get; } = label.Text.TrimEnd(':', '：', ' ');

    /// <summary>The label as its cell, where it sits.</summary>
    public Cell LabelCell => label with { Text = Label };

    public string Key { get; } = SectionLabels.Key(label.Text);

    public int ValueColumn { get; } = valueColumn;

    public bool IsBlank => _parts.Count == 0;

    /// <summary>The value; continued rows are separate entries (one per 阶段性目标), so they join by line.</summary>
    public TextField Value => new(string.Join('\n', _parts.Select(p => p.Text)), _parts.Count > 0 ? _parts[0].At : value.At);

    public void Continue(Cell cell) => _parts.Add(cell);
}
