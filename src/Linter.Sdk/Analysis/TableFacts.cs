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
/// and the annual value were read.
/// </summary>
public readonly struct IndicatorFacts
{
    internal IndicatorFacts(Indicator indicator, SummaryPool pool)
    {
        Level1 = TableFacts.Text(indicator.Level1, pool);
        Level2 = TableFacts.Text(indicator.Level2, pool);
        Name = TableFacts.Text(indicator.Name, pool);
        NameAt = indicator.Name?.At ?? indicator.At;
        Description = TableFacts.Text(indicator.Description, pool);
        CycleValue = indicator.CycleValue is { } cycle ? pool.Text(cycle.Text) : null;
        AnnualValue = indicator.AnnualValue is { } annual ? pool.Text(annual.Text) : null;
        AnnualAt = indicator.AnnualValue?.At ?? SourceLocation.None;
        Parsed = indicator.AnnualValue is { } value ? pool.Value(value.Text, value.Parsed) : ParsedValue.Unparsed;
        NotApplicable = indicator.NotApplicable;
        Measure = indicator.Measure;
    }

    public string? Level1 { get; }

    public string? Level2 { get; }

    /// <summary>三级指标 as written.</summary>
    public string? Name { get; }

    public SourceLocation NameAt { get; }

    /// <summary>指标内容 (河北).</summary>
    public string? Description { get; }

    /// <summary>实施周期指标值 as written.</summary>
    public string? CycleValue { get; }

    /// <summary>年度指标值 as written.</summary>
    public string? AnnualValue { get; }

    public SourceLocation AnnualAt { get; }

    /// <summary>The reading of <see cref="AnnualValue"/>; <see cref="ParsedValue.Unparsed"/> without one.</summary>
    public ParsedValue Parsed { get; }

    public bool NotApplicable { get; }

    /// <summary>What the indicator measures, as normalisation read it.</summary>
    public Measure Measure { get; }

    /// <summary>The indicator as a finding on it names it (一级 › 二级 › 三级, where its name is).</summary>
    public Indicator Indicator() => new()
    {
        Level1 = TableFacts.Field(Level1, NameAt), Level2 = TableFacts.Field(Level2, NameAt), Name = TableFacts.Field(Name, NameAt),
        At = NameAt, NotApplicable = NotApplicable,
    };
}
