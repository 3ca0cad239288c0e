using GoalLint.Model;

namespace GoalLint.Analysis;

/// <summary>
/// What a streaming run keeps of a table for the checks across documents (<see cref="IFactRunAnalyzer"/>):
/// where it is, what project and year it is about, its budget and 年度目标, and per indicator the few fields
/// those checks compare (<see cref="IndicatorFacts"/>). Texts are shared across the run through its
/// <see cref="SummaryPool"/>, so the facts grow with the distinct texts, not with every repeat.
/// </summary>
public sealed class TableFacts
{
    private TableFacts(PerformanceDocument document, PerformanceTable table, SummaryPool pool)
    {
        Document = document;
        Index = table.Index;
        Kind = table.Kind;
        Layout = pool.Text(table.Layout);
        At = table.At;
        Title = Text(table.Title, pool);
        ProjectName = Text(table.Header.ProjectName, pool);
        ProjectCode = Text(table.Header.ProjectCode, pool);
        BudgetYear = table.Header.BudgetYear?.Value;
        Budget = table.Header.Budget?.Yuan;
        AnnualGoal = table.Goals.AnnualGoal;
        Indicators = new IndicatorFacts[table.Indicators.Count];
        for (var i = 0; i < Indicators.Length; i++)
        {
            Indicators[i] = new IndicatorFacts(table.Indicators[i], pool);
        }
    }

    /// <summary>The document the table is in, as the run keeps it (its path; what findings are filed under).</summary>
    public PerformanceDocument Document { get; }

    /// <summary>0-based position among the tables of its document.</summary>
    public int Index { get; }

    public TableKind Kind { get; }

    public string Layout { get; }

    public SourceLocation At { get; }

    public string? Title { get; }

    /// <summary>项目名称 as written.</summary>
    public string? ProjectName { get; }

    /// <summary>项目编码 as written.</summary>
    public string? ProjectCode { get; }

    /// <summary>The budget year as read.</summary>
    public decimal? BudgetYear { get; }

    /// <summary>The year's budget in 元 as read; null when the table states none.</summary>
    public decimal? Budget { get; }

    /// <summary>年度目标 (河北's 绩效目标).</summary>
    public TextField? AnnualGoal { get; }

    /// <summary>The 三级指标 rows, in source order.</summary>
    public IndicatorFacts[] Indicators { get; }

    /// <summary>The facts of <paramref name="table"/> of <paramref name="document"/> (the run's copy of it), texts shared through <paramref name="pool"/>.</summary>
    public static TableFacts Of(PerformanceDocument document, PerformanceTable table, SummaryPool pool) => new(document, table, pool);

    /// <summary>The facts of tables at hand, each table's document standing for itself.</summary>
    public static TableFacts[] Of(IReadOnlyList<TableInRun> tables)
    {
        var pool = new SummaryPool();
        var facts = new TableFacts[tables.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new TableFacts(tables[i].Document, tables[i].Table, pool);
        }

        return facts;
    }

    /// <summary>The table as a finding on it names it (place, kind, title, project); its other fields are not kept.</summary>
    public PerformanceTable Table()
    {
        var table = new PerformanceTable { Index = Index, Kind = Kind, Layout = Layout, At = At, Title = Field(Title, At) };
        table.Header.ProjectName = Field(ProjectName, At);
        table.Header.ProjectCode = Field(ProjectCode, At);
        return table;
    }

    internal static TextField? Field(string? text, SourceLocation at) => text is null ? null : new TextField(text, at);

    internal static string? Text(TextField? field, SummaryPool pool) => field is null ? null : pool.Text(field.Text);
}

/// <summary>
/// What the checks across documents compare of one indicator: its 一级/二级/三级 names, 指标内容,
/// the 实施周期指标值's text and the 年度指标值 with its reading, what it measures, and where the name
/// and the annual value were read. A run keeps one per indicator of every table until its end, so it is
/// small: the compared fields are one <see cref="IndicatorRow"/> shared by every indicator of the run that
/// reads the same (「服务对象满意度 ≥90%」 recurs from table to table), and the two places are kept as
/// line and column, with a spreadsheet's sheet and cell beside the row only where there are some (24 bytes
/// an indicator where it took 112; docs/performance.md, tenth session).
/// </summary>
public readonly struct IndicatorFacts
{
    // The shared row, or for a spreadsheet's indicator (whose places have a sheet and cell) the row with its places.
    private readonly object _row;
    private readonly int _nameLine;
    private readonly int _nameColumn;
    private readonly int _annualLine;
    private readonly int _annualColumn;

    internal IndicatorFacts(Indicator indicator, SummaryPool pool)
    {
        var row = pool.Row(new IndicatorRow(
            TableFacts.Text(indicator.Level1, pool),
            TableFacts.Text(indicator.Level2, pool),
            TableFacts.Text(indicator.Name, pool),
            TableFacts.Text(indicator.Description, pool),
            indicator.CycleValue is { } cycle ? pool.Text(cycle.Text) : null,
            indicator.AnnualValue is { } annual ? pool.Text(annual.Text) : null,
            indicator.AnnualValue is { } value ? pool.Value(value.Text, value.Parsed) : ParsedValue.Unparsed,
            indicator.NotApplicable,
            indicator.Measure,
            indicator.Level2Category));
        var nameAt = indicator.Name?.At ?? indicator.At;
        var annualAt = indicator.AnnualValue?.At ?? SourceLocation.None;
        (_nameLine, _nameColumn, _annualLine, _annualColumn) = (nameAt.Line, nameAt.Column, annualAt.Line, annualAt.Column);
        _row = nameAt.Sheet is null && nameAt.Cell is null && annualAt.Sheet is null && annualAt.Cell is null ? row : new PlacedRow(row, nameAt, annualAt);
    }

    // default(IndicatorFacts) reads as an indicator with no fields, as it did before the row was shared.
    private IndicatorRow Row => _row as IndicatorRow ?? (_row as PlacedRow)?.Row ?? IndicatorRow.None;

    /// <summary>
    /// The same object, by reference, for every indicator of the run whose compared fields read the same (the
    /// shared row): a run-scoped check may key what it computes from those fields on it and compute it once.
    /// </summary>
    public object SameFields => Row;

    public string? Level1 => Row.Level1;

    public string? Level2 => Row.Level2;

    /// <summary>The 二级 as normalisation read it (产出数量 and 数量指标 are both <see cref="Level2Category.Quantity"/>).</summary>
    public Level2Category Level2Category => Row.Level2Category;

    /// <summary>三级指标 as written.</summary>
    public string? Name => Row.Name;

    public SourceLocation NameAt => _row is PlacedRow placed ? placed.NameAt : new SourceLocation(_nameLine, _nameColumn);

    /// <summary>指标内容 (河北).</summary>
    public string? Description => Row.Description;

    /// <summary>实施周期指标值 as written.</summary>
    public string? CycleValue => Row.CycleValue;

    /// <summary>年度指标值 as written.</summary>
    public string? AnnualValue => Row.AnnualValue;

    public SourceLocation AnnualAt => _row is PlacedRow placed ? placed.AnnualAt : new SourceLocation(_annualLine, _annualColumn);

    /// <summary>The reading of <see cref="AnnualValue"/>; <see cref="ParsedValue.Unparsed"/> without one.</summary>
    public ParsedValue Parsed => Row.Parsed;

    public bool NotApplicable => Row.NotApplicable;

    /// <summary>What the indicator measures, as normalisation read it.</summary>
    public Measure Measure => Row.Measure;

    /// <summary>The indicator as a finding on it names it (一级 › 二级 › 三级, where its name is).</summary>
    public Indicator Indicator() => new()
    {
        Level1 = TableFacts.Field(Level1, NameAt), Level2 = TableFacts.Field(Level2, NameAt), Name = TableFacts.Field(Name, NameAt),
        At = NameAt, NotApplicable = NotApplicable,
    };

    /// <summary>An indicator read from a spreadsheet: its row with the places, which line and column alone do not give.</summary>
    private sealed record PlacedRow(IndicatorRow Row, SourceLocation NameAt, SourceLocation AnnualAt);
}

/// <summary>The fields of an indicator that the checks across documents compare, equal by value and shared across a run (<see cref="SummaryPool.Row"/>).</summary>
internal sealed record IndicatorRow(
    string? Level1, string? Level2, string? Name, string? Description, string? CycleValue, string? AnnualValue,
    ParsedValue Parsed, bool NotApplicable, Measure Measure, Level2Category Level2Category)
{
    public static readonly IndicatorRow None = new(null, null, null, null, null, null, ParsedValue.Unparsed, false, default, default);
}
