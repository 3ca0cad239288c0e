namespace GoalLint.Report.Templates;

/// <summary>One finding as a reviewer reads it.</summary>
/// <param name="RuleId">The rule's id (vague-value).</param>
/// <param name="Category">One of the finding categories.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="RuleTitle">The rule's title as reviewers read it (Chinese when the rule has one), or its id when the rule is not in the run's rule set.</param>
/// <param name="Message">The rule's message, filled in.</param>
/// <param name="Evidence">The source text that triggered the rule (untrusted: escape it).</param>
/// <param name="Suggestion">How to fix it, or null.</param>
/// <param name="Location">"line:col", or "Sheet!A1" for a spreadsheet cell.</param>
/// <param name="Indicator">一级 › 二级 › 三级, or null for a table- or file-level finding.</param>
/// <param name="Row">The offending row as it reads in the source, split around the evidence; null when unknown.</param>
/// <param name="HelpUri">Where the rule's doc is: its section in this report (#rule-vague-value), or its page under --doc-base.</param>
/// <param name="Provenance">Where the rule as configured came from: "core (rules/core/x.yaml)", then each layer that changed it.</param>
/// <param name="Fingerprint">Stable id used by baselines and waivers.</param>
/// <param name="Waiver">The waiver that accepts this finding, or null.</param>
/// <param name="Related">Places in other documents the finding rests on, as "file(line,col)" with what is there.</param>
public sealed record FindingView(
    string RuleId,
    string RuleTitle,
    string Category,
    string Severity,
    string Message,
    string Evidence,
    string? Suggestion,
    string Location,
    string? Indicator,
    SourceRowView? Row,
    string? HelpUri,
    string Provenance,
    string Fingerprint,
    WaiverView? Waiver,
    IReadOnlyList<RelatedView> Related)
{
    /// <summary>The category as reports name it (指标值不可核验), in the run's language.</summary>
    public string CategoryName { get; init; } = Category;
}

/// <summary>Another document's place a finding cites.</summary>
/// <param name="Location">"file(line,col)" or "file(Sheet!A1)".</param>
/// <param name="Message">What is there.</param>
public sealed record RelatedView(string Location, string Message);

/// <summary>A source row cut around the evidence, so a template can highlight <see cref="Match"/> after escaping each part.</summary>
/// <param name="Before">Text before the evidence.</param>
/// <param name="Match">The finding's located span (its evidence where the finding points); empty when it cannot be placed in the row.</param>
/// <param name="After">Text after the evidence.</param>
public sealed record SourceRowView(string Before, string Match, string After);

/// <summary>A rule that produced findings.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Title">The rule's title as reviewers read it: the Chinese title when the rule has one.</param>
/// <param name="Category">One of the finding categories.</param>
/// <param name="Severity">error, warning or info, as configured.</param>
/// <param name="HelpUri">Where the rule's doc is: its section in this report (#rule-ID), or its page under --doc-base.</param>
/// <param name="Findings">How many findings it produced.</param>
/// <param name="Doc">The rule's doc page as Markdown (why, a bad and a good example), or null; render it with <c>md.to_html</c>.</param>
/// <param name="CategoryName">The category as reports name it.</param>
/// <param name="Anchor">The id of the rule's section in a report's appendix (rule-ID): findings link to #Anchor.</param>
public sealed record RuleView(string Id, string Title, string Category, string Severity, string? HelpUri, int Findings, string? Doc, string CategoryName, string Anchor);

/// <summary>An id with the name reports show for it (a category and its Chinese name).</summary>
public sealed record LabelView(string Id, string Label);

/// <summary>Why a finding is accepted, who approved it, and the last day that holds (yyyy-mm-dd).</summary>
public sealed record WaiverView(string Justification, string ApprovedBy, string Expires);
