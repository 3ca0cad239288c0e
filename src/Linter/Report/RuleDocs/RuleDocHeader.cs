using System.Text;
using GoalLint.Shared.Messages;
using YamlDotNet.RepresentationModel;

namespace GoalLint.Report.RuleDocs;

/// <summary>
/// The header of a rule's doc page, generated from the rule file (as Ruff and Meziantou.Analyzer
/// do): title, id, category, default severity, check, scope and every parameter with its default.
/// It sits between two marker lines at the top of the page; what follows is written by hand (为什么,
/// 不合格示例, 合格示例, 参数). Regenerate after editing rules:
/// <c>GOALLINT_UPDATE_GOLDEN=1 dotnet test Linter.sln --filter RuleDocTests</c>.
/// </summary>
public static class RuleDocHeader
{
    public const string Begin = "<!-- goallint:header 本页页头由规则文件生成，请勿手改；修改规则后重新生成 -->";

    public const string End = "<!-- goallint:end-header -->";

    /// <summary>The header for the rule file at <paramref name="yamlPath"/> (the doc page is beside it, same name).</summary>
    public static string For(string yamlPath)
    {
        var root = (YamlMappingNode)Load(yamlPath).RootNode;
        var sb = new StringBuilder().Append(Begin).Append('\n');
        sb.Append("# ").Append(Scalar(root, "title-zh") ?? Scalar(root, "title")).Append("\n\n");
        sb.Append("| 规则 | 类别 | 默认严重性 | 检查 | 适用范围 |\n|---|---|---|---|---|\n");
        var category = Scalar(root, "category") ?? "";
        sb.Append($"| `{Scalar(root, "id")}` | {Zh("category." + category)}（`{category}`） | {Zh("severity." + Scalar(root, "severity"))} | {Check(root)} | {Scope(root)} |\n");
        if (root.Children.TryGetValue(new YamlScalarNode("params"), out var node) && node is YamlMappingNode { Children.Count: > 0 } parameters)
        {
            sb.Append("\n| 参数 | 默认值 |\n|---|---|\n");
            foreach (var (key, value) in parameters.Children)
            {
                sb.Append($"| `{key}` | {Value(value)} |\n");
            }
        }

        return sb.Append(End).Append('\n').ToString();
    }

    /// <summary>The page with its header replaced by <paramref name="header"/> (or put on top when it has none).</summary>
    public static string Apply(string page, string header)
    {
        page = page.ReplaceLineEndings("\n");
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        return begin >= 0 && end > begin
            ? page[..begin] + header + page[(end + End.Length)..].TrimStart('\n').Insert(0, "\n")
            : header + "\n" + page;
    }

    /// <summary>The page as readers see it: without the two marker lines.</summary>
    public static string WithoutMarkers(string page) =>
        string.Join('\n', page.ReplaceLineEndings("\n").Split('\n').Where(l => l != Begin && l != End));

    private static string Check(YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("check"), out var node) || node is not YamlMappingNode check)
        {
            return "—";
        }

        return string.Join(" · ", check.Children.Select(c => c.Key.ToString() == "kind" ? $"`{c.Value}`" : $"`{c.Key}`：{Value(c.Value)}"));
    }

    private static string Scope(YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("scope"), out var node) || node is not YamlMappingNode { Children.Count: > 0 } scope)
        {
            return "所有表格";
        }

        return string.Join("；", scope.Children.Select(c => c.Key.ToString() switch
        {
            "kinds" => string.Join("、", Items(c.Value).Select(k => Zh("doc.kind." + k))),
            "layouts" => "版式：" + string.Join("、", Items(c.Value).Select(l => FormSpecs.IsKnown(l) ? FormSpecs.Get(l).Name.Zh : $"`{Escape(l)}`")),
            "level1" or "level2" => string.Join("、", Items(c.Value).Select(l => Zh($"doc.{c.Key}.{l}"))),
            "names" => "三级指标名含：" + string.Join("、", Items(c.Value)),
            "not-names" => "三级指标名不含：" + string.Join("、", Items(c.Value)),
            "measures" => "衡量：" + string.Join("、", Items(c.Value).Select(m => Zh("measure." + m))),
            "cycle" => Zh("doc.cycle." + c.Value),
            "lower-is-better" when c.Value.ToString() == "true" => Zh("doc.lower-is-better"),
            var other => $"`{other}`：{Value(c.Value)}",
        }));
    }

    private static string Value(YamlNode node) => node switch
    {
        YamlSequenceNode list => list.Children.Count == 0 ? "（空）" : string.Join("、", list.Children.Select(Value)),
        YamlMappingNode map => string.Join("；", map.Children.Select(c => $"`{c.Key}`：{Value(c.Value)}")),
        _ => $"`{Escape(node.ToString())}`",
    };

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static IEnumerable<string> Items(YamlNode node) => node is YamlSequenceNode list ? list.Children.Select(c => c.ToString()) : [node.ToString()];

    /// <summary>A pipe or backtick inside a table cell would break the table.</summary>
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private static string Zh(string id) => Message.Of(id).Text(Language.Zh);

    private static YamlDocument Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents[0];
    }
}
