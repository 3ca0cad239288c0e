namespace GoalLint.Model;

/// <summary>How much of a checked document a streaming run keeps for the reports (<see cref="PerformanceDocument.Summary"/>).</summary>
public enum SummaryDetail
{
    /// <summary>The file's format, encoding, layout, diagnostics and its table and indicator counts (JSON, text, GitHub).</summary>
    Counts,

    /// <summary>Also each table's place, kind, title and header (JUnit names a test case per table).</summary>
    Tables,

    /// <summary>Also each indicator's source row (reports that quote rows: SARIF, HTML, Markdown).</summary>
    Rows,
}
