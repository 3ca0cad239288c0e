using System.Text;
using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;

namespace GoalLint.Report.Sarif;

/// <summary>The reportingDescriptor of each rule: titles, descriptions, help (the rule's doc page when it has one), level and tags.</summary>
public static class SarifRules
{
    /// <summary>The enabled rules of the run plus any rule that reported without being configured, by id.</summary>
    public static IReadOnlyList<ConfiguredRule> For(LintResult result)
    {
        // One pass over the findings (read back from disk), and only when some rule is switched off.
        var reported = new Lazy<HashSet<string>>(() => result.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal));
        return result.Rules.Rules.Where(r => r.Enabled || reported.Value.Contains(r.Rule.Id))
            .OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToArray();
    }

    /// <param name="w">The writer, inside tool.driver.rules.</param>
    /// <param name="configured">The rule as the run configured it.</param>
    /// <param name="docBase">--doc-base, or null: shipped rules then link to their page at GoalLint's home, a city's own rules carry their page in help only.</param>
    public static void Write(Utf8JsonWriter w, ConfiguredRule configured, string? docBase)
    {
        var rule = configured.Rule;
        var helpUri = DocLinks.Absolute(rule.Id, rule.Pack, docBase ?? (RulesHome.IsShipped(rule.FullPath) ? ShippedDocs : null));
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", PascalCase(rule.Id));
        Text(w, "shortDescription", rule.ReportTitle);
        Text(w, "fullDescription", rule.Policy.Count == 0 ? rule.ReportTitle : $"{rule.ReportTitle}：{string.Join("；", rule.Policy)}");
        w.WriteStartObject("help");
        w.WriteString("text", HelpText(configured, helpUri));
        w.WriteString("markdown", HelpMarkdown(configured, helpUri));
        w.WriteEndObject();
        if (helpUri is not null)
        {
            w.WriteString("helpUri", helpUri);
        }

        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifFormat.Level(configured.Severity));
        w.WriteBoolean("enabled", configured.Enabled);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", rule.Category.Name);
        w.WriteString("pack", rule.Pack);
        w.WriteStartArray("tags");
        w.WriteStringValue(rule.Category.Name);
        w.WriteStringValue(rule.Pack);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The shipped packs' doc pages at GoalLint's home, for this version (rules/PACK/ID.md there).</summary>
    public static string ShippedDocs => $"{GoalLint.Shared.Json.ToolInfo.Home}/blob/v{GoalLint.Shared.Json.ToolInfo.Current.Version}/rules";

    private static string HelpText(ConfiguredRule configured, string? doc) => configured.Rule.ReportTitle + "\n" + HelpBody(configured, doc);

    /// <summary>Policy basis, the fix, and where the doc page is.</summary>
    private static string HelpBody(ConfiguredRule configured, string? doc)
    {
        var sb = new StringBuilder();
        foreach (var policy in configured.Rule.Policy)
        {
            sb.Append("- ").Append(policy).Append('\n');
        }

        if (configured.Rule.Suggestion is { } suggestion)
        {
            sb.Append("修改建议：").Append(suggestion.Source).Append('\n');
        }

        return (doc is null ? sb : sb.Append("规则说明：").Append(doc)).ToString().TrimEnd('\n');
    }

    /// <summary>The rule's doc page, its links through the one sanitiser (code scanning renders it); a summary of title, policy and fix when the page is missing.</summary>
    private static string HelpMarkdown(ConfiguredRule configured, string? doc) =>
        Templates.RuleDoc.Read(configured.Rule.DocPath) is { } page
            ? SafeMarkdown.ToMarkdown(page.ReplaceLineEndings("\n").Trim())
            : $"**{configured.Rule.ReportTitle}**\n\n{HelpBody(configured, doc)}";

    private static void Text(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string PascalCase(string id) =>
        string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
