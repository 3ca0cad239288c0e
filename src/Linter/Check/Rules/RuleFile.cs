using GoalLint.Check.Findings;
using GoalLint.Check.Kinds;

namespace GoalLint.Check.Rules;

/// <summary>
/// A rule as written in its YAML file: the common header every rule has (Vale's message, level,
/// link) plus one typed <see cref="Check"/>. Its doc page and fixture sit beside it with the
/// same name: <c>vague-value.yaml</c>, <c>vague-value.md</c>, <c>vague-value.fixture.*</c>.
/// </summary>
public sealed class RuleFile
{
    /// <summary>Stable id; equals the file name; never reused when a rule retires.</summary>
    public string Id { get; set; } = "";

    /// <summary>One line saying what the rule flags.</summary>
    public string Title { get; set; } = "";

    /// <summary>
    /// The same line in Chinese (<c>title-zh</c>), which the audit reports show to reviewers;
    /// a rule without one shows <see cref="Title"/> there too.
    /// </summary>
    public string? TitleZh { get; set; }

    public Category Category { get; set; }

    public Severity Severity { get; set; } = Severity.Warning;

    /// <summary>Message template; {evidence}, {indicator}, {name}, {project} and the check's own values are filled in.</summary>
    public string Message { get; set; } = "";

    /// <summary>What to write instead; a template like <see cref="Message"/>.</summary>
    public string? Suggestion { get; set; }

    /// <summary>The policy texts the rule rests on.</summary>
    public List<string> Policy { get; set; } = [];

    public TableScope Scope { get; set; } = new();

    public CheckSpec? Check { get; set; }

    /// <summary>Default parameters (word lists, thresholds); profiles and configs override them by name.</summary>
    public Dictionary<string, object> Params { get; set; } = [];
}
