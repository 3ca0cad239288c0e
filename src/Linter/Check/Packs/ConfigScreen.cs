using GoalLint.Check.Findings;

namespace GoalLint.Check.Packs;

/// <summary>
/// Applies the trust boundary to one layer before it takes effect: what an untrusted layer may
/// not do is refused (and the setting dropped), and what a layer that came with the inputs does
/// to the gate is noted, so a submitter cannot quietly switch the gate off.
/// </summary>
internal static class ConfigScreen
{
    private const string Extend = "如信任该文件，请在命令行用 --config 指定它，或加 --allow-input-code。";

    public static void Screen(ConfigLayer layer, List<ConfigNotice> notices)
    {
        var file = layer.File;
        if (!layer.Trusted)
        {
            foreach (var (format, template) in file.Templates?.ByFormat() ?? [])
            {
                notices.Add(Refused(layer, $"来自提交材料的配置不能指定报告模板（{template}），已忽略。{Extend}", "templates", format));
            }

            file.Templates = null;
            file.Packs = file.Packs.Where((pack, i) => layer.Holds(layer.Resolve(pack))
                || Drop(notices, Refused(layer, $"来自提交材料的配置指定的规则包 {pack} 不在提交材料之内，已忽略。{Extend}", "packs", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
            if (file.Baseline is { } baseline && !layer.Holds(layer.Resolve(baseline)))
            {
                notices.Add(Refused(layer, $"来自提交材料的配置指定的基线 {baseline} 不在提交材料之内，已忽略。{Extend}", "baseline"));
                file.Baseline = null;
            }
        }

        if (!layer.FromInputs)
        {
            return;
        }

        if (file.Exclude.Count > 0)
        {
            notices.Add(Weakened(layer, $"来自提交材料的配置把这些文件排除在检查之外：{string.Join("、", file.Exclude)}。", "exclude"));
        }

        if (file.FailOn == FailOn.None)
        {
            notices.Add(Weakened(layer, "来自提交材料的配置设置 fail-on: none，任何问题都不会使检查失败。", "fail-on"));
        }

        if (file.Baseline is { } accepted)
        {
            notices.Add(Weakened(layer, $"来自提交材料的配置指定了基线 {accepted}，其中列出的问题不再报告。", "baseline"));
        }
    }

    /// <summary>Notes a rule change by a layer that came with the inputs when it weakens the rule: switched off, a lower severity, parameters edited other than by adding.</summary>
    public static void RuleChange(ConfigLayer layer, string id, RuleOverride change, Severity before, List<ConfigNotice> notices)
    {
        if (!layer.FromInputs)
        {
            return;
        }

        if (change.Enabled == false)
        {
            notices.Add(Weakened(layer, $"来自提交材料的配置停用了规则 {id}。", "rules", id, "enabled"));
        }

        if (change.Severity is { } severity && severity < before)
        {
            notices.Add(Weakened(layer, $"来自提交材料的配置把规则 {id} 的严重级别从 {Name(before)} 降为 {Name(severity)}。", "rules", id, "severity"));
        }

        foreach (var (name, value) in change.Params)
        {
            if (!(value is IDictionary<object, object> edit && edit.Keys.All(k => k.ToString() == "add")))
            {
                notices.Add(Weakened(layer, $"来自提交材料的配置修改了规则 {id} 的参数 {name}。", "rules", id, "params", name));
            }
        }
    }

    /// <summary>A rule that runs code, refused because its pack or its code came with the inputs.</summary>
    public static ConfigNotice RefusedCode(Rules.Rule rule, string why) =>
        ConfigNotice.At(ConfigNotice.Refused, rule.FullPath,
            $"规则 {rule.Id} 运行代码（{rule.Check.Kind}），而{why}，未运行。如信任它，请加 --allow-input-code。", "check", "kind");

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static ConfigNotice Refused(ConfigLayer layer, string message, params string[] keyPath) =>
        ConfigNotice.At(ConfigNotice.Refused, layer.Path, message, keyPath);

    private static ConfigNotice Weakened(ConfigLayer layer, string message, params string[] keyPath) =>
        ConfigNotice.At(ConfigNotice.GateWeakened, layer.Path, message, keyPath);

    private static bool Drop(List<ConfigNotice> notices, ConfigNotice notice)
    {
        notices.Add(notice);
        return false;
    }
}
