using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Check.Kinds;
using GoalLint.Check.Plugins;
using GoalLint.Check.Rules;
using GoalLint.Check.Scripts;
using GoalLint.Check.Yaml;
using GoalLint.Shared;

namespace GoalLint.Check.Packs;

/// <summary>
/// Builds the effective rule set in the documented order: the core pack, each profile from the
/// root of its <c>extends</c> chain to the one asked for, then the config file. Each layer may add
/// packs and change severities, switch rules off, and override parameters; every change is
/// recorded as provenance. Every layer passes the <see cref="TrustBoundary"/> first
/// (<see cref="ConfigScreen"/>), and code runs only from packs the user trusts.
/// </summary>
public static class RuleSetBuilder
{
    public static RuleSet Build(RuleSetOptions options)
    {
        var trust = new TrustBoundary(options.InputRoots, options.AllowInputCode);
        var notices = new List<ConfigNotice>();
        var rules = new Dictionary<string, ConfiguredRule>(StringComparer.Ordinal);
        var untrustedPacks = new HashSet<string>(StringComparer.Ordinal);
        var vocabulary = new List<(string Path, VocabularyFile Add)>();
        AddPack(rules, RulesHome.CorePack, vocabulary);
        ConfigLayer? config = null;
        if (options.Config is { } configPath)
        {
            var real = RealPath.Of(configPath);
            var file = YamlFiles.Read<ProfileFile>(real, RulesHome.Display(configPath));
            config = options.ConfigFound
                ? new ConfigLayer("config", real, file, trust.AllowInputCode, FromInputs: true, [.. trust.Roots, Path.GetDirectoryName(real)!])
                : new ConfigLayer("config", real, file, Trusted: true, FromInputs: false, trust.Roots);
        }

        var layers = new List<ConfigLayer>();
        if (options.Profile is { } profile)
        {
            layers.AddRange(ProfileChain(profile, Directory.GetCurrentDirectory(), null, trust, notices));
        }
        else if (config?.File.Extends is { } extends)
        {
            layers.AddRange(ProfileChain(extends, Path.GetDirectoryName(config.Path)!, config, trust, notices));
        }

        if (config is not null)
        {
            layers.Add(config);
        }

        foreach (var layer in layers)
        {
            ConfigScreen.Screen(layer, notices);
            Apply(rules, layer, trust, untrustedPacks, notices, vocabulary);
        }

        foreach (var pack in options.ExtraPacks)
        {
            AddPack(rules, RealPath.Of(pack), vocabulary);
        }

        var code = new CodeHosts(new ScriptCompiler(options.ScriptCache), new PluginLoader());
        var ordered = rules.Values.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToArray();
        CreateAnalyzers(ordered, options.Only, trust, untrustedPacks, code, notices);
        return new RuleSet(ordered, code)
        {
            Vocabulary = Extended(vocabulary),
            Layers = layers.Select(l => l.Source).ToArray(),
            FailOn = config?.File.FailOn,
            MaxWarnings = config?.File.MaxWarnings,
            Exclude = config?.File.Exclude ?? [],
            Templates = Templates(layers),
            ReportsPublished = layers.Select(l => l.File.ReportsPublished).LastOrDefault(p => p is not null) ?? false,
            Baseline = config?.File.Baseline is { } b ? config.Resolve(b) : null,
            ConfigNotices = notices,
            ConfigFindings = notices.Where(n => IsFinding(n, options)).Select(n => n.ToFinding()).ToArray(),
            ConfigNotes = notices.Where(n => !IsFinding(n, options)).ToArray(),
        };
    }

    /// <summary>A refusal is always a finding; a gate change is one under --fail-on-config-change, and otherwise a note in the run summary.</summary>
    private static bool IsFinding(ConfigNotice notice, RuleSetOptions options) => notice.RuleId == ConfigNotice.Refused || options.FailOnConfigChange;

    /// <summary>Each trusted layer's templates, resolved beside the file naming them; later layers win. A template that is not there is the naming file's error.</summary>
    private static Dictionary<string, string> Templates(IEnumerable<ConfigLayer> layers)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ConfigError>();
        foreach (var layer in layers)
        {
            foreach (var (format, template) in layer.File.Templates?.ByFormat() ?? [])
            {
                var full = layer.Resolve(template);
                if (!File.Exists(full))
                {
                    errors.Add(new ConfigError(layer.Display, 0, 0, $"templates.{format}: no such template: {template}"));
                }

                templates[format] = full;
            }
        }

        return errors.Count > 0 ? throw new ConfigurationException(errors) : templates;
    }

    /// <summary>
    /// The profiles from the root of the chain to <paramref name="profile"/>. A profile is trusted
    /// when the user named it or a trusted file outside the submission did; one an untrusted file
    /// names must be shipped or lie inside that file's boundary, or the chain stops there with a notice.
    /// </summary>
    private static List<ConfigLayer> ProfileChain(string profile, string relativeTo, ConfigLayer? namedBy, TrustBoundary trust, List<ConfigNotice> notices)
    {
        var chain = new List<ConfigLayer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? next = profile, from = relativeTo; next is not null && next != "core";)
        {
            var path = RealPath.Of(ResolveProfile(next, from, namedBy is null ? ("--profile", "") : (namedBy.Display, "extends: ")));
            if (!seen.Add(path))
            {
                throw YamlFiles.Error(RulesHome.Display(path), 0, 0, "profiles extend each other in a cycle");
            }

            var shipped = RulesHome.IsShipped(path);
            if (namedBy is { Trusted: false } && !shipped && !namedBy.Holds(path))
            {
                notices.Add(ConfigNotice.At(ConfigNotice.Refused, namedBy.Path, $"来自提交材料的配置继承的 {next} 不在提交材料之内，已忽略。如信任该文件，请在命令行用 --config 指定它。", "extends"));
                break;
            }

            var inInputs = trust.RootOf(path) is not null;
            var fromInputs = !shipped && (namedBy is { FromInputs: true } || (namedBy is not null && inInputs));
            var trusted = shipped || trust.AllowInputCode || (namedBy?.Trusted ?? true) && !(namedBy is not null && inInputs);
            var file = YamlFiles.Read<ProfileFile>(path, RulesHome.Display(path));
            var layer = new ConfigLayer($"profile {Path.GetFileNameWithoutExtension(path)}", path, file, trusted, fromInputs, namedBy?.Boundary ?? trust.Roots);
            chain.Insert(0, layer);
            (next, from, namedBy) = (file.Extends, Path.GetDirectoryName(path)!, layer);
        }

        return chain;
    }

    private static string ResolveProfile(string nameOrPath, string relativeTo, (string Where, string Key) namedBy)
    {
        var asPath = Path.GetFullPath(Path.Combine(relativeTo, nameOrPath));
        var shipped = Path.Combine(RulesHome.Profiles, nameOrPath + ".yaml");
        return File.Exists(asPath) ? asPath
            : File.Exists(shipped) ? shipped
            : throw YamlFiles.Error(namedBy.Where, 0, 0, $"{namedBy.Key}no such profile '{nameOrPath}'{DidYouMean.Hint(nameOrPath, ShippedProfiles())}; give a shipped profile ({string.Join(", ", ShippedProfiles())}) or the path of a profile file");
    }

    public static IEnumerable<string> ShippedProfiles() =>
        Directory.Exists(RulesHome.Profiles) ? Directory.EnumerateFiles(RulesHome.Profiles, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order()! : [];

    /// <summary>The shipped vocabulary with what the packs add, in the order the packs load.</summary>
    private static Vocabulary Extended(List<(string Path, VocabularyFile Add)> additions)
    {
        try
        {
            return additions.Count == 0 ? Vocabulary.Shipped : Vocabulary.With(additions.Select(a => a.Add));
        }
        catch (VocabularyException ex)
        {
            throw YamlFiles.Error(string.Join(", ", additions.Select(a => a.Path)), 0, 0, "vocabulary: " + ex.Message);
        }
    }

    private static IReadOnlyList<Rule> AddPack(Dictionary<string, ConfiguredRule> rules, string folder, List<(string Path, VocabularyFile Add)> vocabulary)
    {
        var loaded = RuleLoader.LoadPack(folder, RulesHome.Display, vocabulary);
        foreach (var rule in loaded)
        {
            if (rules.TryGetValue(rule.Id, out var existing))
            {
                throw YamlFiles.Error(rule.DefinedIn, 0, 0, $"rule id '{rule.Id}' is already defined in {existing.Rule.DefinedIn}; ids are unique across packs");
            }

            rules[rule.Id] = new ConfiguredRule
            {
                Rule = rule,
                Severity = rule.DefaultSeverity,
                Params = rule.DefaultParams.ToDictionary(p => p.Key, p => ParamMerge.Normalise(p.Value)),
            };
        }

        return loaded;
    }

    private static void Apply(Dictionary<string, ConfiguredRule> rules, ConfigLayer layer, TrustBoundary trust, HashSet<string> untrustedPacks, List<ConfigNotice> notices, List<(string Path, VocabularyFile Add)> vocabulary)
    {
        foreach (var pack in layer.File.Packs)
        {
            var folder = RealPath.Of(layer.Resolve(pack));
            var added = AddPack(rules, folder, vocabulary);
            if (!layer.Trusted || (!trust.AllowInputCode && trust.RootOf(folder) is not null))
            {
                untrustedPacks.UnionWith(added.Select(r => r.Id));
            }
        }

        var errors = new List<ConfigError>();
        foreach (var (id, change) in layer.File.Rules)
        {
            if (!rules.TryGetValue(id, out var rule))
            {
                var (line, column) = YamlLocator.FindKey(layer.Path, "rules", id);
                errors.Add(new ConfigError(layer.Display, line, column, $"rules: no rule '{id}' to change{DidYouMean.Hint(id, rules.Keys)}; 'goallint rules list' shows every rule id"));
                continue;
            }

            ConfigScreen.RuleChange(layer, id, change, rule.Severity, notices);
            if (change.Severity is { } severity)
            {
                rule.Severity = severity;
                rule.ChangedBy.Add($"{layer.Source}: severity {severity.ToString().ToLowerInvariant()}");
            }

            if (change.Enabled is { } enabled)
            {
                rule.Enabled = enabled;
                rule.ChangedBy.Add($"{layer.Source}: {(enabled ? "enabled" : "disabled")}");
            }

            foreach (var (name, value) in change.Params)
            {
                // YAML kinds know their parameters; a plugin or script rule declares its own, with defaults, in its rule file.
                IReadOnlyCollection<string> known = rule.Rule.Check.KnownParams ?? [.. rule.Rule.DefaultParams.Keys];
                if (!known.Contains(name))
                {
                    var (line, column) = YamlLocator.FindKey(layer.Path, "rules", id, "params", name);
                    errors.Add(new ConfigError(layer.Display, line, column, $"rules.{id}.params: '{name}' is not a parameter of this rule{DidYouMean.Hint(name, known)}; " +
                        (known.Count == 0 ? "it has none" : $"its parameters are: {string.Join(", ", known)}")));
                    continue;
                }

                try
                {
                    rule.Params[name] = ParamMerge.Apply(rule.Params.GetValueOrDefault(name), value);
                    rule.ChangedBy.Add($"{layer.Source}: params.{name}");
                    rule.ParamSetIn[name] = layer.Path;
                }
                catch (FormatException ex)
                {
                    errors.Add(new ConfigError(layer.Display, 0, 0, $"rules.{id}.params.{name}: {ex.Message}"));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }
    }

    private static void CreateAnalyzers(IEnumerable<ConfiguredRule> rules, IReadOnlySet<string>? only, TrustBoundary trust, HashSet<string> untrustedPacks, CodeHosts code, List<ConfigNotice> notices)
    {
        var errors = new List<ConfigError>();
        foreach (var rule in rules)
        {
            rule.Enabled &= only is null || only.Contains(rule.Rule.Id);
            if (!rule.Enabled)
            {
                continue;
            }

            if (RefusedCode(rule.Rule, trust, untrustedPacks.Contains(rule.Rule.Id)) is { } refusal)
            {
                notices.Add(refusal);
                rule.Enabled = false;
                rule.ChangedBy.Add("trust boundary: refused");
                continue;
            }

            try
            {
                rule.Analyzer = rule.Rule.Check.CreateAnalyzer(new CheckSetup(rule.Rule, new RuleParameters(rule.Params), code));
                errors.AddRange(ParamProblems.Of(rule));
            }
            catch (ConfigurationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }
    }

    /// <summary>A rule that runs code is refused when its pack came with the inputs, or its rule file or code file really lies inside them; --allow-input-code lifts both.</summary>
    private static ConfigNotice? RefusedCode(Rule rule, TrustBoundary trust, bool untrustedPack)
    {
        if (!rule.RunsCode || trust.AllowInputCode)
        {
            return null;
        }

        if (untrustedPack)
        {
            return ConfigScreen.RefusedCode(rule, "它所在的规则包来自提交材料");
        }

        var root = trust.RootOf(rule.FullPath) ?? (rule.Check.CodePath(rule) is { } codePath ? trust.RootOf(codePath) : null);
        return root is null ? null : ConfigScreen.RefusedCode(rule, $"它或它的代码位于被检查的提交材料（{RulesHome.Display(root)}）之内");
    }
}
