namespace GoalLint.Analysis;

/// <summary>
/// A compiled check that looks at one table at a time. The rule's id, category, severity,
/// message and suggestion live in its YAML file (<c>check: { kind: plugin, analyzer: TypeName }</c>);
/// the analyzer only decides where the rule fires and reports the evidence.
/// </summary>
public interface ITableAnalyzer
{
    /// <summary>Called once per table in scope; <see cref="AnalysisContext.Table"/> is set.</summary>
    void Analyze(AnalysisContext context);
}

/// <summary>
/// A compiled check that needs the whole run at once (duplicates across projects). Called once
/// per run with <see cref="AnalysisContext.Table"/> null; report against a table with
/// <c>ReportOn</c>.
/// </summary>
public interface IRunAnalyzer
{
    void Analyze(AnalysisContext context);
}
