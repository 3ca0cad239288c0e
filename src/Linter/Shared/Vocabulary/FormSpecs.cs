using GoalLint.Shared.Cache;
using GoalLint.Shared.Messages;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GoalLint.Shared;

/// <summary>
/// The forms GoalLint knows (<c>rules/vocabulary/forms.yaml</c>, embedded in the tool): a document's
/// layout is one of their ids, and reports show the form's name. Loaded once, never changed.
/// </summary>
public static class FormSpecs
{
    /// <summary>The layout of a file no form matched.</summary>
    public const string Unknown = "unknown";

    /// <summary>Any form read by its header's roles rather than by a form of its own.</summary>
    public const string Generic = "generic";

    /// <summary>GoalLint's own normalised JSON, read back.</summary>
    public const string NormalisedJson = "normalised-json";

    private const string Resource = "GoalLint.forms.yaml";

    private static readonly Lazy<Dictionary<string, FormSpec>> ById = new(Load);

    public static IEnumerable<FormSpec> All => ById.Value.Values;

    /// <summary>The form <paramref name="id"/>; throws for an id the shipped data lacks (a reader naming a form that is not there is a build error).</summary>
    public static FormSpec Get(string id) =>
        ById.Value.TryGetValue(id, out var spec) ? spec : throw new KeyNotFoundException($"Form '{id}' is not in rules/vocabulary/forms.yaml.");

    /// <summary>The form whose spec names <paramref name="reader"/> as its reader; throws when the shipped data has none.</summary>
    public static FormSpec ReadBy(string reader) =>
        All.FirstOrDefault(f => f.Reader == reader) ?? throw new KeyNotFoundException($"No form in rules/vocabulary/forms.yaml is read by '{reader}'.");

    public static bool IsKnown(string id) => ById.Value.ContainsKey(id);

    /// <summary>The form's name in the run's language; an id the data does not know shows as itself.</summary>
    public static string Name(string id) => ById.Value.TryGetValue(id, out var spec) ? spec.Name.In(RunLanguage.Current) : id;

    /// <summary>
    /// The id <paramref name="written"/> names: an id, or the camelCase name normalised JSON of schema 1.0/1.1
    /// wrote (guangdongGoalsGrid); null when it names no form.
    /// </summary>
    public static string? Resolve(string written)
    {
        var folded = written.Replace("-", "", StringComparison.Ordinal);
        return ById.Value.Keys.FirstOrDefault(id => string.Equals(id.Replace("-", "", StringComparison.Ordinal), folded, StringComparison.OrdinalIgnoreCase));
    }

    private static Dictionary<string, FormSpec> Load()
    {
        using var stream = typeof(FormSpecs).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The shipped form specs ({Resource}) are missing from the build.");
        using var reader = new StreamReader(stream);
        var yaml = reader.ReadToEnd();
        var file = ParsedCache.Read(yaml, SharedParsedBinary.Forms,
            () => new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build().Deserialize<FormsFile>(yaml));
        return file.Forms.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }
}
