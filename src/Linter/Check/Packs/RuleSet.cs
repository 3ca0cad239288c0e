using GoalLint.Check.Engine;
using GoalLint.Check.Findings;

namespace GoalLint.Check.Packs;

/// <summary>The effective rules of a run, in id order, with the settings the run's gate uses.</summary>
public sealed class RuleSet(IReadOnlyList<ConfiguredRule> rules, CodeHosts code)
{
    public IReadOnlyList<ConfiguredRule> Rules { get; } = rules;

    public CodeHosts Code { get; } = code;

    /// <summary>The profile chain and config applied, root first, for reports.</summary>
    public IReadOnlyList<string> Layers { get; init; } = [];

    public FailOn? FailOn { get; init; }

    public int? MaxWarnings { get; init; }

    /// <summary>Report templates the profiles and config chose, by format name (markdown, html), as absolute paths.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the profile chain or config says its reports are published (reports-published: true).</summary>
    public bool ReportsPublished { get; init; }

    /// <summary>Globs the config excludes from the input folders.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The vocabulary files are read with: the shipped one, plus what the run's packs add.</summary>
    public Vocabulary Vocabulary { get; init; } = Vocabulary.Shipped;

    /// <summary>Absolute path of the baseline named by the config, if any.</summary>
    public string? Baseline { get; init; }

    /// <summary>Settings the trust boundary refused, and changes to the gate by configuration that came with the inputs.</summary>
    public IReadOnlyList<ConfigNotice> ConfigNotices { get; init; } = [];

    /// <summary>The notices the run reports as error findings: every refusal, and gate changes under <c>--fail-on-config-change</c>.</summary>
    public IReadOnlyList<Finding> ConfigFindings { get; init; } = [];

    /// <summary>The notices that are not findings (gate changes without <c>--fail-on-config-change</c>): the run summary lists them.</summary>
    public IReadOnlyList<ConfigNotice> ConfigNotes { get; init; } = [];

    /// <summary>
    /// Does the enabled rules' set-up ahead of their first call, one rule at a time, while <paramref name="waiting"/>
    /// holds: a one-file lint waits for its read-ahead here, and otherwise builds the engines on the first table.
    /// </summary>
    public void PrepareWhile(Func<bool> waiting)
    {
        foreach (var rule in Rules)
        {
            if (!waiting())
            {
                return;
            }

            if (rule.Enabled && rule.Analyzer is IPreparable preparable)
            {
                preparable.Prepare();
            }
        }
    }
}
