namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>
/// Which cell index holds which <see cref="IndicatorColumn"/>, for tables of <see cref="Width"/>
/// cells. Read from the header row (指标名称 …); 一级/二级 sit left of 指标名称 when the header
/// leaves them unlabelled (the form prints 产出指标 and 绩效指标 there instead).
/// </summary>
internal sealed class IndicatorGeometry
{
    private readonly Dictionary<IndicatorColumn, int> _columns;

    private IndicatorGeometry(Dictionary<IndicatorColumn, int> columns, IReadOnlyDictionary<IndicatorColumn, string> labels, int width)
    {
        _columns = columns;
        Labels = labels;
        Width = width;
    }

    public int Width { get; }

    /// <summary>The header's label of each column, for messages.</summary>
    public IReadOnlyDictionary<IndicatorColumn, string> Labels { get; }

    public static IndicatorGeometry? FromHeader(Row header)
    {
        var columns = new Dictionary<IndicatorColumn, int>();
        var labels = new Dictionary<IndicatorColumn, string>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (SelfEvaluationLabels.ColumnOf(header[i]) is { } column && columns.TryAdd(column, i))
            {
                labels[column] = header[i];
            }
        }

        if (!columns.TryGetValue(IndicatorColumn.Name, out var name))
        {
            return null;
        }

        columns.TryAdd(IndicatorColumn.Level2, name - 1);
        columns.TryAdd(IndicatorColumn.Level1, columns[IndicatorColumn.Level2] - 1);
        labels.TryAdd(IndicatorColumn.Level1, "一级指标");
        labels.TryAdd(IndicatorColumn.Level2, "二级指标");
        return new IndicatorGeometry(columns, labels, header.Cells.Count);
    }

    public int this[IndicatorColumn column] => _columns.TryGetValue(column, out var i) ? i : -1;

    public bool Has(IndicatorColumn column) => _columns.ContainsKey(column);

    /// <summary>The same columns moved so that 二级指标 sits at <paramref name="level2"/>, in a table of <paramref name="width"/> cells.</summary>
    public IndicatorGeometry AnchoredAt(int level2, int width)
    {
        var delta = level2 - this[IndicatorColumn.Level2];
        return new IndicatorGeometry(_columns.ToDictionary(c => c.Key, c => c.Value + delta), Labels, width);
    }

    /// <summary>Columns that fall outside a table of <see cref="Width"/> cells.</summary>
    public IEnumerable<IndicatorColumn> Missing => _columns.Where(c => c.Value < 0 || c.Value >= Width).Select(c => c.Key);

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>, or null where the table lacks it.</summary>
    public Cell? Cell(Row row, IndicatorColumn column) =>
        _columns.TryGetValue(column, out var i) && i >= 0 && i < row.Cells.Count ? row.Cells[i] : null;
}
