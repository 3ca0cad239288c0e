using GoalLint.Model;

namespace GoalLint.Check.Findings;

/// <summary>
/// One finding: which rule, how serious, what it says about which table and indicator, the
/// evidence quoted from the source, and where. This is the record every report renders; its
/// JSON shape is documented in schemas/findings.schema.json and versioned.
/// </summary>
public sealed record Finding
{
    /// <summary>The id of the rule that fired (vague-value, placeholder-text …).</summary>
    public required string RuleId { get; init; }

    /// <summary>One of the categories in finding-categories.md.</summary>
    public required string Category { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>What is wrong, in the reviewer's words, quoting the evidence.</summary>
    public required string Message { get; init; }

    /// <summary>The raw source text that triggered the rule.</summary>
    public required string Evidence { get; init; }

    /// <summary>How to put it right, when the rule says.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The file, as given on the command line.</summary>
    public required string File { get; init; }

    public required SourceLocation At { get; init; }

    /// <summary>The table concerned; null for a file-level finding (unreadable file, unknown layout).</summary>
    public TableReference? Table { get; init; }

    /// <summary>The indicator concerned; null for a table-level finding.</summary>
    public IndicatorReference? Indicator { get; init; }

    /// <summary>The rule's doc page, relative to the rules folder (core/vague-value.md).</summary>
    public string? HelpUri { get; init; }

    public required RuleProvenance Provenance { get; init; }

    /// <summary>Stable across edits that only move lines: used by baselines and waivers.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>New (counted by the gate), baselined or waived.</summary>
    public FindingState State { get; init; }

    /// <summary>The waiver that accepts this finding, when <see cref="State"/> is waived.</summary>
    public WaiverNote? Waiver { get; init; }
}

/// <summary>A table as findings name it: its index in the file, 项目名称 and 项目编码.</summary>
/// <param name="Index">0-based position of the table among the tables of its file.</param>
/// <param name="Kind">Project goals, department goals or self-evaluation.</param>
/// <param name="ProjectName">项目名称, when the table states one.</param>
/// <param name="ProjectCode">项目编码, when the table states one.</param>
/// <param name="Line">The line where the table starts.</param>
public sealed record TableReference(int Index, TableKind Kind, string? ProjectName, string? ProjectCode, int Line);

/// <summary>An indicator as findings name it: 一级, 二级 and 三级 (the name), as written.</summary>
/// <param name="Level1">一级指标 as written.</param>
/// <param name="Level2">二级指标 as written.</param>
/// <param name="Name">三级指标 (the indicator's name) as written.</param>
public sealed record IndicatorReference(string? Level1, string? Level2, string? Name)
{
    public static IndicatorReference From(Indicator indicator) =>
        new(indicator.Level1?.Text, indicator.Level2?.Text, indicator.Name?.Text);
}

/// <summary>Where a rule as configured came from: the pack and file that define it, and each layer that changed it.</summary>
/// <param name="Pack">The rule pack that defines the rule.</param>
/// <param name="DefinedIn">The file that defines the rule.</param>
/// <param name="ChangedBy">Each change a profile or config made to the rule (the layer and what it set), in the order applied.</param>
public sealed record RuleProvenance(string Pack, string DefinedIn, IReadOnlyList<string> ChangedBy);
