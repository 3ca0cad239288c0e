using GoalLint.Analysis;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Tests.Rules;

/// <summary>Builds small located tables in code and runs an analyzer on them, collecting what it reports.</summary>
internal static class AnalyzerHarness
{
    public static List<ReportedIssue> Run(ITableAnalyzer analyzer, PerformanceTable table, params (string Name, object Value)[] parameters)
    {
        var document = new PerformanceDocument { Path = "fixture.txt" };
        document.Tables.Add(table);
        return Run(analyzer, document, table, parameters);
    }

    public static List<ReportedIssue> Run(ITableAnalyzer analyzer, PerformanceDocument document, PerformanceTable table, params (string Name, object Value)[] parameters)
    {
        var issues = new List<ReportedIssue>();
        var current = new TableInRun(document, table);
        analyzer.Analyze(new AnalysisContext(current, [document], [current], Params(parameters), issues.Add, CancellationToken.None));
        return issues;
    }

    public static List<ReportedIssue> Run(IRunAnalyzer analyzer, IReadOnlyList<PerformanceDocument> documents, params (string Name, object Value)[] parameters)
    {
        var issues = new List<ReportedIssue>();
        var run = documents.SelectMany(d => d.Tables.Select(t => new TableInRun(d, t))).ToArray();
        analyzer.Analyze(new AnalysisContext(null, documents, run, Params(parameters), issues.Add, CancellationToken.None));
        return issues;
    }

    public static PerformanceTable Table(TableKind kind = TableKind.SelfEvaluation, string? project = "测试项目", string layout = "unknown")
    {
        var table = new PerformanceTable { Kind = kind, Layout = layout, At = At(1) };
        table.Header.ProjectName = project is null ? null : Text(project, 2);
        return table;
    }

    public static SourceLocation At(int line, int column = 1) => new(line, column);

    public static TextField Text(string text, int line, int column = 1) => new(text, At(line, column));

    /// <summary>A number cell; text a reader could not read (—, full-width digits) gets 0, the raw text is kept.</summary>
    public static NumberField Number(string raw, int line, int column = 1) =>
        new(decimal.TryParse(raw.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0m, raw, At(line, column));

    public static MoneyField Wan(string raw, int line) => new(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture) * 10_000m, raw, "万元", At(line));

    /// <summary>An indicator row on <paramref name="line"/>, its values parsed as the normaliser would.</summary>
    public static Indicator Row(int line, string level2, string name, string? annual = null, string? actual = null, string? weight = null, string? score = null, string? cycle = null, string? reason = null)
    {
        var indicator = new Indicator
        {
            At = At(line),
            Level2 = Text(level2, line, 2),
            Name = Text(name, line, 3),
            CycleValue = cycle is null ? null : new IndicatorValue(Text(cycle, line, 4)),
            AnnualValue = annual is null ? null : new IndicatorValue(Text(annual, line, 5)),
            ActualValue = actual is null ? null : new IndicatorValue(Text(actual, line, 6)),
            Weight = weight is null ? null : Number(weight, line, 7),
            Score = score is null ? null : Number(score, line, 8),
            DeviationReason = reason is null ? null : Text(reason, line, 9),
        };
        return indicator;
    }

    /// <summary>Adds the rows and normalises the table (categories from the 二级 labels, parsed values).</summary>
    public static PerformanceTable With(this PerformanceTable table, params Indicator[] rows)
    {
        table.Indicators.AddRange(rows);
        Normaliser.Normalise(table);
        return table;
    }

    private static RuleParameters Params((string Name, object Value)[] parameters) =>
        new(parameters.ToDictionary(p => p.Name, p => p.Value));
}
