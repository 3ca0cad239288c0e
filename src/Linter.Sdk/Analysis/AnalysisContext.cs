using GoalLint.Model;

namespace GoalLint.Analysis;

/// <summary>
/// What a plugin analyzer or a C# script check sees: the table (or the whole run), the rule's
/// parameters, a cancellation token, and <c>Report</c>. Scripts use it as their globals, so a
/// <c>.csx</c> check reads <c>Table</c>, <c>Params</c> and calls <c>Report(...)</c> directly.
/// </summary>
public sealed class AnalysisContext(
    TableInRun? current,
    IReadOnlyList<PerformanceDocument> documents,
    IReadOnlyList<TableInRun> run,
    RuleParameters parameters,
    Action<ReportedIssue> sink,
    CancellationToken cancellation,
    IReadOnlyList<TableFacts>? facts = null)
{
    private IReadOnlyList<TableFacts>? _facts = facts;

    /// <summary>The table being checked; null for run-scoped checks.</summary>
    public PerformanceTable? Table => current?.Table;

    /// <summary>The document of <see cref="Table"/>; null for run-scoped checks.</summary>
    public PerformanceDocument? Document => current?.Document;

    /// <summary>
    /// Every document of the run, including those no table could be read from. A table-scoped
    /// check (and an <see cref="IDocumentAnalyzer"/>) sees only its own document: a run streams,
    /// and the others may not be read yet or already let go.
    /// </summary>
    public IReadOnlyList<PerformanceDocument> Documents { get; } = documents;

    /// <summary>Every table of the run in the check's scope, in a stable order (file, then table index); for a table-scoped check, the tables of its document.</summary>
    public IReadOnlyList<TableInRun> Run { get; } = run;

    /// <summary>
    /// The facts of every table of the run in the check's scope, in the order of <see cref="Run"/>:
    /// what a streaming run keeps for an <see cref="IFactRunAnalyzer"/> (whose <see cref="Run"/> is
    /// then empty); made from <see cref="Run"/> where the tables themselves are at hand.
    /// </summary>
    public IReadOnlyList<TableFacts> Facts => _facts ??= TableFacts.Of(Run);

    public RuleParameters Params { get; } = parameters;

    /// <summary>Cancelled when the check's time limit is reached; long loops should observe it.</summary>
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Reports against the current table.</summary>
    public void Report(SourceLocation at, string evidence, Indicator? indicator = null, IReadOnlyDictionary<string, string>? values = null) =>
        ReportOn(current?.Document ?? throw new InvalidOperationException("A run-scoped check must report with ReportOn(document, table, …)."), current.Table, at, evidence, indicator, values);

    /// <summary>Reports a field of the current table, quoting its text.</summary>
    public void Report(TextField field, Indicator? indicator = null, IReadOnlyDictionary<string, string>? values = null) =>
        Report(field.At, field.Text, indicator, values);

    /// <summary>
    /// Reports against any document of the run, and one of its tables (null for the file as a
    /// whole); <paramref name="related"/> cites the places in other documents the finding rests on.
    /// </summary>
    public void ReportOn(PerformanceDocument document, PerformanceTable? table, SourceLocation at, string evidence, Indicator? indicator = null, IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<RelatedLocation>? related = null)
    {
        Cancellation.ThrowIfCancellationRequested();
        sink(new ReportedIssue(document, table, at, evidence, indicator, values, related));
    }
}
