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
    public static IReadOnlyList<ConfiguredRule> For(LintResult result) =>
        result.Rules.Rules.Where(r => r.Enabled || result.Findings.Any(f => f.RuleId == r.Rule.Id))
            .OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToArray();

    public static void Write(Utf8JsonWriter w, ConfiguredRule configured)
    {
        var rule = configured.Rule;
        var doc = Path.ChangeExtension(rule.DefinedIn, ".md");
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", PascalCase(rule.Id));
        Text(w, "shortDescription", rule.Title);
        Text(w, "fullDescription", rule.Policy.Count == 0 ? rule.Title : $"{rule.Title}. {string.Join("; ", rule.Policy)}");
        w.WriteStartObject("help");
        w.WriteString("text", HelpText(configured, doc));
        w.WriteString("markdown", HelpMarkdown(configured, doc));
        w.WriteEndObject();
        if (Uri.TryCreate(doc, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            w.WriteString("helpUri", absolute.ToString());
        }

        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifFormat.Level(configured.Severity));
        w.WriteBoolean("enabled", configured.Enabled);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", rule.Category.Name);
        w.WriteString("pack", rule.Pack);
        w.WriteString("doc", doc.Replace('\\', '/'));
        w.WriteStartArray("tags");
        w.WriteStringValue(rule.Category.Name);
        w.WriteStringValue(rule.Pack);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string HelpText(ConfiguredRule configured, string doc) => configured.Rule.Title + "\n" + HelpBody(configured, doc);

    /// <summary>Policy basis, the fix, and where the doc page is.</summary>
    private static string HelpBody(ConfiguredRule configured, string doc)
    {
        var sb = new StringBuilder();
        foreach (var policy in configured.Rule.Policy)
        {
            sb.Append("- ").Append(policy).Append('\n');
        }

        if (configured.Rule.Suggestion is { } suggestion)
        {
            sb.Append("Fix: ").Append(suggestion.Source).Append('\n');
        }

        return sb.Append("See ").Append(doc.Replace('\\', '/')).ToString();
    }

    /// <summary>The rule's doc page, its links through the one sanitiser (code scanning renders it); a summary of title, policy and fix when the page is missing.</summary>
    private static string HelpMarkdown(ConfiguredRule configured, string doc) =>
        Templates.RuleDoc.Read(configured.Rule.DocPath) is { } page
            ? SafeMarkdown.ToMarkdown(page.ReplaceLineEndings("\n").Trim())
            : $"**{configured.Rule.Title}**\n\n{HelpBody(configured, doc)}";

    private static void Text(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string PascalCase(string id) =>
        string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
