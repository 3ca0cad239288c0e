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
    // 年度目标: the field itself, or the run's text spill holding its text (at _goalAt, _goalLength characters, read at _goalLine/_goalColumn).
    private readonly object? _goal;
    private readonly long _goalAt;
    private readonly int _goalLength;
    private readonly int _goalLine;
    private readonly int _goalColumn;

    private TableFacts(PerformanceDocument document, PerformanceTable table, SummaryPool pool, TextSpill? texts)
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
        if (table.Goals.AnnualGoal is { } goal)
        {
            GoalPrint = Print(goal.Text);
            if (texts is not null && goal.At.Sheet is null && goal.At.Cell is null && goal.Text.Length > 0)
            {
                (_goal, _goalAt, _goalLength, _goalLine, _goalColumn) = (texts, texts.Add(goal.Text), goal.Text.Length, goal.At.Line, goal.At.Column);
            }
            else
            {
                _goal = goal;
            }
        }

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

    /// <summary>
    /// 年度目标 (河北's 绩效目标). In a streaming run its text waits on disk (<see cref="TextSpill"/>) and is read
    /// back each time this is asked: compare <see cref="GoalPrint"/>s first, and ask only for the tables that pair.
    /// </summary>
    public TextField? AnnualGoal => _goal is TextSpill texts
        ? new TextField(texts.Read(_goalAt, _goalLength), new SourceLocation(_goalLine, _goalColumn))
        : _goal as TextField;

    /// <summary>
    /// A 64-bit fingerprint of the 年度目标's characters beyond ASCII and its full-width forms, spacing and control
    /// characters aside (0 without a goal). Goals that read the same once full-width forms are made ASCII and spacing
    /// is dropped have the same print; goals with different prints differ. Equal prints say nothing more: compare the texts.
    /// </summary>
    public long GoalPrint { get; }

    /// <summary>The 三级指标 rows, in source order.</summary>
    public IndicatorFacts[] Indicators { get; }

    /// <summary>
    /// The facts of <paramref name="table"/> of <paramref name="document"/> (the run's copy of it), texts shared through
    /// <paramref name="pool"/>; the 年度目标's text kept in <paramref name="texts"/> when given, else in memory.
    /// </summary>
    public static TableFacts Of(PerformanceDocument document, PerformanceTable table, SummaryPool pool, TextSpill? texts = null) => new(document, table, pool, texts);

    /// <summary>The facts of tables at hand, each table's document standing for itself.</summary>
    public static TableFacts[] Of(IReadOnlyList<TableInRun> tables)
    {
        var pool = new SummaryPool();
        var facts = new TableFacts[tables.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new TableFacts(tables[i].Document, tables[i].Table, pool, texts: null);
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

    /// <summary>FNV-1a over the characters <see cref="GoalPrint"/> takes: a fold of widths or spacing changes none of them.</summary>
    private static long Print(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            if (c > '\u007F' && c is not (>= '\uFF01' and <= '\uFF5E') && !char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        return (long)hash | 1;
    }
}

/// <summary>
/// What the checks across documents compare of one indicator: its 一级/二级/三级 names, 指标内容,
/// the 实施周期指标值's text and the 年度指标值 with its reading, what it measures, and where the name
/// and the annual value were read. A run keeps one per indicator of every table until its end, so it is
/// small: the compared fields are one <see cref="IndicatorRow"/> shared by every indicator of the run that
/// reads the same (「服务对象满意度 ≥90%」 recurs from table to table), and the two places are kept as
/// a line and packed columns, with a spreadsheet's sheet and cell beside the row only where there are some (16 bytes
/// an indicator where it took 112; docs/performance.md, tenth and fourteenth sessions).
/// </summary>
public readonly struct IndicatorFacts
{
    // The shared row, or for an indicator whose places do not pack (a spreadsheet's sheet and cell, a far column) the row with its places.
    private readonly object _row;
    private readonly int _nameLine;

    // The name's column, the annual value's column and its line as an offset from the name's (Places), or NoAnnual.
    private readonly int _places;

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
        _nameLine = nameAt.Line;
        var places = Places.Pack(nameAt, annualAt);
        _row = places is null ? new PlacedRow(row, nameAt, annualAt) : row;
        _places = places ?? 0;
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

    public SourceLocation NameAt => _row is PlacedRow placed ? placed.NameAt : new SourceLocation(_nameLine, Places.NameColumn(_places));

    /// <summary>指标内容 (河北).</summary>
    public string? Description => Row.Description;

    /// <summary>实施周期指标值 as written.</summary>
    public string? CycleValue => Row.CycleValue;

    /// <summary>年度指标值 as written.</summary>
    public string? AnnualValue => Row.AnnualValue;

    public SourceLocation AnnualAt => _row is PlacedRow placed ? placed.AnnualAt : Places.AnnualAt(_nameLine, _places);

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

    /// <summary>An indicator whose places do not pack into line and <see cref="Places"/> (a spreadsheet's sheet and cell): its row with the places.</summary>
    private sealed record PlacedRow(IndicatorRow Row, SourceLocation NameAt, SourceLocation AnnualAt);

    /// <summary>
    /// The name's column, the annual value's column and line, packed beside the name's line into 32 bits: columns
    /// below 4,096, the annual value within 63 lines of the name (almost always the same row), or no annual value.
    /// What does not fit keeps its places whole (<see cref="PlacedRow"/>), so nothing is lost. 16 bytes an indicator, not 24.
    /// </summary>
    private static class Places
    {
        private const int ColumnBits = 12;
        private const int MaxColumn = (1 << ColumnBits) - 1;
        private const int MaxOffset = 63;
        private const int NoAnnual = -1;

        public static int? Pack(SourceLocation name, SourceLocation annual)
        {
            if (name.Sheet is not null || name.Cell is not null || name.Column is < 0 or > MaxColumn)
            {
                return null;
            }

            if (annual == SourceLocation.None)
            {
                return NoAnnual & ~MaxColumn | name.Column;
            }

            var offset = (long)annual.Line - name.Line;
            return annual.Sheet is null && annual.Cell is null && annual.Column is >= 0 and <= MaxColumn && offset is >= -MaxOffset and <= MaxOffset
                ? (int)((offset + MaxOffset) << (2 * ColumnBits)) | (annual.Column << ColumnBits) | name.Column
                : null;
        }

        public static int NameColumn(int places) => places & MaxColumn;

        public static SourceLocation AnnualAt(int nameLine, int places) =>
            (places & ~MaxColumn) == (NoAnnual & ~MaxColumn)
                ? SourceLocation.None
                : new SourceLocation(nameLine + (places >> (2 * ColumnBits)) - MaxOffset, (places >> ColumnBits) & MaxColumn);
    }
}

/// <summary>The fields of an indicator that the checks across documents compare, equal by value and shared across a run (<see cref="SummaryPool.Row"/>).</summary>
internal sealed record IndicatorRow(
    string? Level1, string? Level2, string? Name, string? Description, string? CycleValue, string? AnnualValue,
    ParsedValue Parsed, bool NotApplicable, Measure Measure, Level2Category Level2Category)
{
    public static readonly IndicatorRow None = new(null, null, null, null, null, null, ParsedValue.Unparsed, false, default, default);
}
