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
/// recorded as provenance.
/// </summary>
public static class RuleSetBuilder
{
    public static RuleSet Build(RuleSetOptions options)
    {
        var rules = new Dictionary<string, ConfiguredRule>(StringComparer.Ordinal);
        AddPack(rules, RulesHome.CorePack);
        var layers = new List<(string Name, string Path, ProfileFile File)>();
        ProfileFile? config = null;
        if (options.Config is { } configPath)
        {
            config = YamlFiles.Read<ProfileFile>(configPath, RulesHome.Display(configPath));
        }

        var profile = options.Profile ?? config?.Extends;
        if (profile is not null)
        {
            var namedBy = options.Profile is not null ? ("--profile", "") : (RulesHome.Display(options.Config!), "extends: ");
            layers.AddRange(ProfileChain(profile, Directory.GetCurrentDirectory(), namedBy));
        }

        if (config is not null)
        {
            layers.Add(("config", options.Config!, config));
        }

        foreach (var (name, path, file) in layers)
        {
            Apply(rules, name, path, file);
        }

        foreach (var pack in options.ExtraPacks)
        {
            AddPack(rules, Path.GetFullPath(pack));
        }

        var code = new CodeHosts(new ScriptCompiler(options.ScriptCache), new PluginLoader());
        var trust = new TrustPolicy(options.InputRoots, options.AllowInputCode);
        var ordered = rules.Values.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToArray();
        CreateAnalyzers(ordered, options.Only, trust, code);
        return new RuleSet(ordered, code)
        {
            Layers = layers.Select(l => $"{l.Name} ({RulesHome.Display(l.Path)})").ToArray(),
            FailOn = config?.FailOn,
            MaxWarnings = config?.MaxWarnings,
            Exclude = config?.Exclude ?? [],
            Templates = Templates(layers),
            ReportsPublished = layers.Select(l => l.File.ReportsPublished).LastOrDefault(p => p is not null) ?? false,
            Baseline = config?.Baseline is { } b ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Config!))!, b)) : null,
        };
    }

    /// <summary>Each layer's templates, resolved beside the file naming them; later layers win. A template that is not there is the naming file's error.</summary>
    private static Dictionary<string, string> Templates(IEnumerable<(string Name, string Path, ProfileFile File)> layers)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ConfigError>();
        foreach (var (_, path, file) in layers)
        {
            foreach (var (format, template) in file.Templates?.ByFormat() ?? [])
            {
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, template));
                if (!File.Exists(full))
                {
                    errors.Add(new ConfigError(RulesHome.Display(path), 0, 0, $"templates.{format}: no such template: {template}"));
                }

                templates[format] = full;
            }
        }

        return errors.Count > 0 ? throw new ConfigurationException(errors) : templates;
    }

    /// <summary>The profiles from the root of the chain to <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile name or path.</param>
    /// <param name="relativeTo">The folder a path is relative to.</param>
    /// <param name="namedBy">Who named it, for errors: the option or file, and the key.</param>
    private static List<(string, string, ProfileFile)> ProfileChain(string profile, string relativeTo, (string Where, string Key) namedBy)
    {
        var chain = new List<(string, string, ProfileFile)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? next = profile, from = relativeTo; next is not null && next != "core";)
        {
            var path = ResolveProfile(next, from, namedBy);
            if (!seen.Add(path))
            {
                throw YamlFiles.Error(RulesHome.Display(path), 0, 0, "profiles extend each other in a cycle");
            }

            var file = YamlFiles.Read<ProfileFile>(path, RulesHome.Display(path));
            chain.Insert(0, ($"profile {Path.GetFileNameWithoutExtension(path)}", path, file));
            (next, from, namedBy) = (file.Extends, Path.GetDirectoryName(path)!, (RulesHome.Display(path), "extends: "));
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

    private static void AddPack(Dictionary<string, ConfiguredRule> rules, string folder)
    {
        foreach (var rule in RuleLoader.LoadPack(folder, RulesHome.Display))
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
    }

    private static void Apply(Dictionary<string, ConfiguredRule> rules, string layer, string path, ProfileFile file)
    {
        var display = RulesHome.Display(path);
        foreach (var pack in file.Packs)
        {
            AddPack(rules, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, pack)));
        }

        var errors = new List<ConfigError>();
        foreach (var (id, change) in file.Rules)
        {
            if (!rules.TryGetValue(id, out var rule))
            {
                var (line, column) = YamlLocator.Find(path, "rules", id);
                errors.Add(new ConfigError(display, line, column, $"rules: no rule '{id}' to change{DidYouMean.Hint(id, rules.Keys)}; 'goallint rules list' shows every rule id"));
                continue;
            }

            var source = $"{layer} ({display})";
            if (change.Severity is { } severity)
            {
                rule.Severity = severity;
                rule.ChangedBy.Add($"{source}: severity {severity.ToString().ToLowerInvariant()}");
            }

            if (change.Enabled is { } enabled)
            {
                rule.Enabled = enabled;
                rule.ChangedBy.Add($"{source}: {(enabled ? "enabled" : "disabled")}");
            }

            foreach (var (name, value) in change.Params)
            {
                // YAML kinds know their parameters; a plugin or script rule declares its own, with defaults, in its rule file.
                IReadOnlyCollection<string> known = rule.Rule.Check.KnownParams ?? [.. rule.Rule.DefaultParams.Keys];
                if (!known.Contains(name))
                {
                    var (line, column) = YamlLocator.Find(path, "rules", id, "params", name);
                    errors.Add(new ConfigError(display, line, column, $"rules.{id}.params: '{name}' is not a parameter of this rule{DidYouMean.Hint(name, known)}; " +
                        (known.Count == 0 ? "it has none" : $"its parameters are: {string.Join(", ", known)}")));
                    continue;
                }

                try
                {
                    rule.Params[name] = ParamMerge.Apply(rule.Params.GetValueOrDefault(name), value);
                    rule.ChangedBy.Add($"{source}: params.{name}");
                }
                catch (FormatException ex)
                {
                    errors.Add(new ConfigError(display, 0, 0, $"rules.{id}.params.{name}: {ex.Message}"));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }
    }

    private static void CreateAnalyzers(IEnumerable<ConfiguredRule> rules, IReadOnlySet<string>? only, TrustPolicy trust, CodeHosts code)
    {
        var errors = new List<ConfigError>();
        foreach (var rule in rules)
        {
            rule.Enabled &= only is null || only.Contains(rule.Rule.Id);
            if (!rule.Enabled)
            {
                continue;
            }

            try
            {
                trust.Check(rule.Rule);
                rule.Analyzer = rule.Rule.Check.CreateAnalyzer(new CheckSetup(rule.Rule, new RuleParameters(rule.Params), code));
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
}
