using GoalLint.Check.Findings;

namespace GoalLint.Check.Packs;

/// <summary>
/// A profile (<c>rules/profiles/dongguan.yaml</c>) or a submission repo's config
/// (<c>.goallint.yaml</c>): which profile it builds on, which extra packs it adds, and how it
/// changes rules. Layers apply in order: core pack, then each profile from the root of its
/// <c>extends</c> chain down, then the config file, each overriding the one before.
/// </summary>
public sealed class ProfileFile
{
    /// <summary>The profile this one builds on: a name in rules/profiles or a path; none means core alone.</summary>
    public string? Extends { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Extra rule packs (folders with pack.yaml), relative to this file.</summary>
    public List<string> Packs { get; set; } = [];

    /// <summary>Changes by rule id.</summary>
    public Dictionary<string, RuleOverride> Rules { get; set; } = [];

    /// <summary>Report templates of this profile or config; a later layer's choice wins per format, --template wins over all.</summary>
    public ReportTemplates? Templates { get; set; }

    /// <summary>
    /// True when this profile's or config's reports are published or attached to CI: personal phone
    /// numbers, e-mails and ID numbers are then masked in the HTML, Markdown, SARIF and JUnit outputs
    /// unless --redact false is given. A later layer's setting wins.
    /// </summary>
    public bool? ReportsPublished { get; set; }

    /// <summary>Config only: the lowest severity that fails the run (exit code 1).</summary>
    public FailOn? FailOn { get; set; }

    /// <summary>Config only: fail when warnings exceed this count.</summary>
    public int? MaxWarnings { get; set; }

    /// <summary>Config only: a baseline file of accepted findings, relative to the config.</summary>
    public string? Baseline { get; set; }

    /// <summary>Config only: globs of files in the input folders that are not submissions (README.md, drafts/**).</summary>
    public List<string> Exclude { get; set; } = [];
}
