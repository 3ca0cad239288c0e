using GoalLint.Model;

namespace GoalLint.Analysis;

/// <summary>
/// What a check reports: where, the evidence it quotes, the indicator concerned (null for a
/// table-level finding) and named values the rule's message template may quote ({budget}).
/// The engine adds the rule's id, category, severity, message and suggestion. A file-level
/// issue (an unreadable file) has no <see cref="Table"/>. <see cref="Related"/> cites the other
/// documents a check across documents compared against.
/// </summary>
public sealed record ReportedIssue(
    PerformanceDocument Document,
    PerformanceTable? Table,
    SourceLocation At,
    string Evidence,
    Indicator? Indicator = null,
    IReadOnlyDictionary<string, string>? Values = null,
    IReadOnlyList<RelatedLocation>? Related = null);
