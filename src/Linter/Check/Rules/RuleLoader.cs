using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;
using GoalLint.Shared.Messages;

namespace GoalLint.Check.Rules;

/// <summary>
/// Reads a pack folder: pack.yaml plus one rule per other *.yaml file. Collects every error of
/// the pack before failing, so an author fixes them in one pass.
/// </summary>
public static class RuleLoader
{
    public const string PackFileName = "pack.yaml";

    /// <summary>The pack's rules; its vocabulary additions, if any, go to <paramref name="vocabulary"/> with the pack file's path.</summary>
    public static IReadOnlyList<Rule> LoadPack(string folder, Func<string, string> display, List<(string Path, VocabularyFile Add)>? vocabulary = null)
    {
        var packPath = Path.Combine(folder, PackFileName);
        if (!File.Exists(packPath))
        {
            throw YamlFiles.Error(display(folder), 0, 0, $"not a rule pack: {PackFileName} is missing");
        }

        var pack = YamlFiles.Read<PackFile>(packPath, display(packPath));
        if (pack.Vocabulary is { } edit)
        {
            vocabulary?.Add((display(packPath), edit.Add));
        }

        var packId = pack.Id.Length > 0 ? pack.Id : Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var errors = new List<ConfigError>();
        var rules = new List<Rule>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Where(f => Path.GetFileName(f) != PackFileName).Order(StringComparer.Ordinal))
        {
            try
            {
                rules.Add(Load(file, display(file), packId));
            }
            catch (ConfigurationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        return errors.Count > 0 ? throw new ConfigurationException(errors) : rules;
    }

    public static Rule Load(string path, string displayPath, string pack)
    {
        var file = YamlFiles.Read<RuleFile>(path, displayPath);
        var errors = new List<string>();
        if (file.Id != Path.GetFileNameWithoutExtension(path))
        {
            errors.Add($"id '{file.Id}' must equal the file name '{Path.GetFileNameWithoutExtension(path)}'");
        }

        if (file.Category.Name is null)
        {
            errors.Add("'category' is required");
        }

        if (file.Check is null)
        {
            errors.Add("'check' is required");
        }

        var message = Template(file.Message, "message", file, errors);
        var suggestion = file.Suggestion is null ? null : Template(file.Suggestion, "suggestion", file, errors);
        if (file.Check?.KnownParams is { } known)
        {
            errors.AddRange(file.Params.Keys.Where(k => !known.Contains(k)).Select(k => $"params: '{k}' is not a parameter of a {file.Check.Kind} check ({string.Join(", ", known)})"));
        }

        var forms = FormSpecs.All.Select(f => f.Id).ToArray();
        errors.AddRange(file.Scope.Layouts.Where(l => !FormSpecs.IsKnown(l))
            .Select(l => $"scope: layouts: '{l}' is not a form{DidYouMean.Hint(l, forms)}; the forms are: {string.Join(", ", forms)}"));

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors.Select(e => new ConfigError(displayPath, 0, 0, e)).ToArray());
        }

        return new Rule
        {
            Id = file.Id,
            Title = file.Title,
            TitleZh = file.TitleZh,
            Category = file.Category,
            DefaultSeverity = file.Severity,
            Message = message!,
            Suggestion = suggestion,
            Policy = file.Policy,
            Scope = file.Scope,
            Check = file.Check!,
            DefaultParams = file.Params,
            Pack = pack,
            DefinedIn = displayPath,
            FullPath = Path.GetFullPath(path),
        };
    }

    private static MessageTemplate? Template(string text, string key, RuleFile file, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"'{key}' is required");
            return null;
        }

        var template = MessageTemplate.Parse(text, out var error);
        if (error is not null)
        {
            errors.Add($"{key}: {error}");
        }

        var allowed = file.Check?.KnownParams is null ? null : MessageTemplate.Standard.Concat(file.Check.ProvidedValues).ToHashSet();
        errors.AddRange(template.Placeholders.Where(p => allowed is not null && !allowed.Contains(p))
            .Select(p => $"{key}: unknown placeholder {{{p}}}; use {string.Join(", ", allowed!.Select(a => "{" + a + "}"))}"));
        return template;
    }
}
