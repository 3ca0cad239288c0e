using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// Which cell index holds which <see cref="ColumnRole"/>, for tables of <see cref="Width"/>
/// cells. Read from the header row (指标名称 …); 一级/二级 sit left of 指标名称 when the header
/// leaves them unlabelled (the form prints 产出指标 and 绩效指标 there instead).
/// </summary>
internal sealed class IndicatorGeometry
{
    private readonly Dictionary<ColumnRole, int> _columns;

    private IndicatorGeometry(Dictionary<ColumnRole, int> columns, IReadOnlyDictionary<ColumnRole, string> labels, int width)
    {
        _columns = columns;
        Labels = labels;
        Width = width;
    }

    public int Width { get; }

    /// <summary>The header's label of each column, for messages.</summary>
    public IReadOnlyDictionary<ColumnRole, string> Labels { get; }

    public static IndicatorGeometry? FromHeader(Row header)
    {
        var columns = new Dictionary<ColumnRole, int>();
        var labels = new Dictionary<ColumnRole, string>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (Vocabulary.Current.ColumnOf(header[i]) is { } column && columns.TryAdd(column, i))
            {
                labels[column] = header[i];
            }
        }

        if (!columns.TryGetValue(ColumnRole.Name, out var name))
        {
            return null;
        }

        columns.TryAdd(ColumnRole.Level2, name - 1);
        columns.TryAdd(ColumnRole.Level1, columns[ColumnRole.Level2] - 1);
        labels.TryAdd(ColumnRole.Level1, "一级指标");
        labels.TryAdd(ColumnRole.Level2, "二级指标");
        return new IndicatorGeometry(columns, labels, header.Cells.Count);
    }

    public int this[ColumnRole column] => _columns.TryGetValue(column, out var i) ? i : -1;

    public bool Has(ColumnRole column) => _columns.ContainsKey(column);

    /// <summary>The same columns moved so that 二级指标 sits at <paramref name="level2"/>, in a table of <paramref name="width"/> cells.</summary>
    public IndicatorGeometry AnchoredAt(int level2, int width)
    {
        var delta = level2 - this[ColumnRole.Level2];
        return new IndicatorGeometry(_columns.ToDictionary(c => c.Key, c => c.Value + delta), Labels, width);
    }

    /// <summary>Columns that fall outside a table of <see cref="Width"/> cells.</summary>
    public IEnumerable<ColumnRole> Missing => _columns.Where(c => c.Value < 0 || c.Value >= Width).Select(c => c.Key);

    /// <summary>
    /// The cell of <paramref name="column"/> in <paramref name="row"/>, or null where the table
    /// lacks it; a row that stops short of the table's width has blank cells there, at its end.
    /// </summary>
    public Cell? Cell(Row row, ColumnRole column) =>
        !_columns.TryGetValue(column, out var i) || i < 0 || i >= Math.Max(Width, row.Cells.Count) ? null
        : i < row.Cells.Count ? row.Cells[i]
        : new Cell("", new SourceLocation(row.Line, row.Raw.Length + 1));
}
