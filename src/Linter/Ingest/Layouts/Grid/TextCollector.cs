using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Grid;

/// <summary>Gathers the cells of one text (a goal that runs over several rows or cells) into a field located at its start.</summary>
internal sealed class TextCollector
{
    private readonly List<Cell> _cells = [];

    public void Add(Cell cell)
    {
        if (!cell.IsBlank)
        {
            _cells.Add(cell);
        }
    }

    public void AddRange(IEnumerable<Cell> cells)
    {
        foreach (var cell in cells)
        {
            Add(cell);
        }
    }

    public TextField? ToField() => _cells.Count == 0
        ? null
        : new TextField(CellText.JoinWrapped(_cells.Select(c => GridText.Unwrap(c.Text))), _cells[0].At);
}
