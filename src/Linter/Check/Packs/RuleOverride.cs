using GoalLint.Check.Findings;

namespace GoalLint.Check.Packs;

/// <summary>A profile's or config's change to one rule: its severity, whether it runs, its parameters.</summary>
public sealed class RuleOverride
{
    public Severity? Severity { get; set; }

    public bool? Enabled { get; set; }

    /// <summary>
    /// Parameter values by name. A value replaces the pack's; for a list, <c>{ add: [...], remove: [...] }</c>
    /// edits it instead (a city adds its own vague words to the core list).
    /// </summary>
    public Dictionary<string, object> Params { get; set; } = [];
}
