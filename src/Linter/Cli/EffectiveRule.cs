using System.Globalization;
using System.Text;
using System.Text.Json;
using GoalLint.Check.Packs;
using GoalLint.Report.Json;

namespace GoalLint.Cli;

/// <summary>
/// A rule as the chosen profile and config leave it: what <c>rules list --format json</c> prints
/// for each rule and <c>rules explain</c> adds below the doc page.
/// </summary>
/// <param name="Id">The rule id.</param>
/// <param name="Category">The finding category.</param>
/// <param name="Severity">error, warning or info, after every layer.</param>
/// <param name="Enabled">False when a layer switched the rule off.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="File">The rule file.</param>
/// <param name="Params">The effective parameters.</param>
/// <param name="ChangedBy">Each layer that changed the rule and what it set.</param>
public sealed record EffectiveRule(string Id, string Category, string Severity, bool Enabled, string Title, string File, IReadOnlyDictionary<string, object> Params, IReadOnlyList<string> ChangedBy)
{
    private static readonly JsonSerializerOptions OneLine = new(JsonDefaults.Options) { WriteIndented = false };

    public static EffectiveRule Of(ConfiguredRule r) => new(
        r.Rule.Id, r.Rule.Category.Name, r.Severity.ToString().ToLowerInvariant(), r.Enabled, r.Rule.ReportTitle, r.Rule.DefinedIn,
        new SortedDictionary<string, object>(r.Params, StringComparer.Ordinal), r.ChangedBy);

    /// <summary>The "Effective settings" section: layers, severity, each parameter's value, and what changed it.</summary>
    public string Describe(IReadOnlyList<string> layers)
    {
        var sb = new StringBuilder();
        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Effective settings (core{string.Concat(layers.Select(l => " → " + l))})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- severity: {(Enabled ? Severity : "off")}");
        foreach (var (name, value) in Params)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- `{name}`: {JsonSerializer.Serialize(value, OneLine)}");
        }

        foreach (var change in ChangedBy)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- changed by {change}");
        }

        return sb.ToString();
    }
}
