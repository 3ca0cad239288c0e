using GoalLint.Model;

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

/// <summary>
/// A run-scoped analyzer whose findings on a document depend on that document alone (what its
/// export did to every cell, what its reader met). The engine calls it once per document as soon
/// as the document is read, with <see cref="AnalysisContext.Documents"/> holding that document and
/// <see cref="AnalysisContext.Run"/> its tables, so the run need not keep the document for it.
/// </summary>
public interface IDocumentAnalyzer : IRunAnalyzer
{
}

/// <summary>
/// A run-scoped analyzer that reads only the compact facts a run keeps of each table
/// (<see cref="AnalysisContext.Facts"/>: <see cref="TableFacts"/>), not the tables: a run streams
/// and lets each document's model go after its table-scoped checks, so what it keeps per table
/// stays small. It reports with <c>ReportOn(facts.Document, facts.Table(), …)</c>. For a run-scoped
/// analyzer without it, the run keeps every document whole.
/// </summary>
public interface IFactRunAnalyzer : IRunAnalyzer
{
}
