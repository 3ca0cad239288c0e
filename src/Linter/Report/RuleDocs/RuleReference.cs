using System.Reflection;
using System.Text;
using GoalLint.Check.Kinds;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;
using GoalLint.Shared.Messages;
using YamlDotNet.Serialization.NamingConventions;

namespace GoalLint.Report.RuleDocs;

/// <summary>
/// docs/rules.md, generated: every shipped rule, every check kind with its options, every field a
/// check reads and every code the readers report. Regenerated with the doc headers (<see cref="RuleDocHeader"/>).
/// </summary>
public static class RuleReference
{
    /// <param name="rules">The shipped rules, as loaded.</param>
    /// <param name="linkFrom">The folder the page is written to: rule links are relative to it.</param>
    public static string Render(IEnumerable<Rule> rules, string linkFrom)
    {
        var sb = new StringBuilder("# 规则参考\n\n本页由规则文件与代码生成（`GOALLINT_UPDATE_GOLDEN=1 dotnet test Linter.sln --filter RuleDocTests`），请勿手改。\n");
        sb.Append("\n## 规则\n\n| 规则 | 标题 | 类别 | 默认严重性 | 检查 |\n|---|---|---|---|---|\n");
        foreach (var rule in rules.OrderBy(r => r.Pack, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var link = Path.GetRelativePath(linkFrom, rule.DocPath).Replace('\\', '/');
            sb.Append($"| [`{rule.Id}`]({link}) | {rule.TitleZh ?? rule.Title} | {Zh("category." + rule.Category.Name)} | {Zh("severity." + rule.DefaultSeverity.ToString().ToLowerInvariant())} | `{rule.Check.Kind}` |\n");
        }

        sb.Append("\n## 检查类型\n\n| 类型 | 选项 | 可设参数 |\n|---|---|---|\n");
        foreach (var (kind, type) in CheckKinds.ByName.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var options = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.Name != nameof(CheckSpec.Kind))
                .Select(p => $"`{HyphenatedNamingConvention.Instance.Apply(p.Name)}`");
            var known = ((CheckSpec)Activator.CreateInstance(type)!).KnownParams;
            sb.Append($"| `{kind}` | {string.Join("、", options)} | {(known is null ? "规则文件 params 中声明的参数" : string.Join("、", known.Select(k => $"`{k}`")))} |\n");
        }

        sb.Append("\n## 字段\n\n").Append(string.Join("、", Field.Names.Order(StringComparer.Ordinal).Select(f => $"`{f}`"))).Append('\n');
        sb.Append("\n## 读取诊断代码\n\n读取表格时遇到的问题以这些代码记录，由 `ingest` 检查转为发现（`codes` / `except-codes` 选择）。\n\n| 代码 | 含义 |\n|---|---|\n");
        foreach (var id in MessageCatalogue.Ids.Where(i => i.StartsWith(CodePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            sb.Append($"| `{id[CodePrefix.Length..]}` | {Zh(id)} |\n");
        }

        return sb.ToString();
    }

    /// <summary>Catalogue ids that describe an ingest diagnostic code (code.shifted-row).</summary>
    public const string CodePrefix = "code.";

    /// <summary>The shipped rules, loaded from <paramref name="rulesFolder"/>'s packs.</summary>
    public static IReadOnlyList<Rule> Shipped(string rulesFolder) =>
        Directory.EnumerateDirectories(rulesFolder).Where(d => File.Exists(Path.Combine(d, RuleLoader.PackFileName))).Order(StringComparer.Ordinal)
            .SelectMany(d => RuleLoader.LoadPack(d, RulesHome.Display)).ToArray();

    private static string Zh(string id) => Message.Of(id).Text(Language.Zh);
}
