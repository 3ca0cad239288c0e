using System.Collections.Frozen;
using GoalLint.Shared.Cache;
using YamlDotNet.Serialization;

namespace GoalLint.Shared.Messages;

/// <summary>
/// Every text GoalLint itself writes for a reviewer (what the readers met, category names, report
/// words), in Chinese and in English, from one file: <c>messages.yaml</c> beside this class,
/// embedded in the tool. Ids stay ASCII; templates use {name} placeholders (<see cref="MessageTemplate"/>).
/// Rule messages are not here: they live in each rule's YAML.
/// </summary>
public static class MessageCatalogue
{
    private const string Resource = "GoalLint.Shared.Messages.messages.yaml";

    private static readonly Lazy<FrozenDictionary<string, Entry>> Entries = new(Load);

    /// <summary>Every id in the catalogue.</summary>
    public static IEnumerable<string> Ids => Entries.Value.Keys;

    public static bool Contains(string id) => Entries.Value.ContainsKey(id);

    /// <summary>The template of <paramref name="id"/> in <paramref name="language"/>; null for an unknown id.</summary>
    public static MessageTemplate? Template(string id, Language language) =>
        Entries.Value.TryGetValue(id, out var entry) ? (language == Language.En ? entry.En : entry.Zh) : null;

    /// <summary>The message's text; an unknown id renders as the id and its arguments, so a missing entry shows rather than throws.</summary>
    public static string Render(Message message, Language language)
    {
        if (Template(message.Id, language) is not { } template)
        {
            return message.Arguments.Count == 0 ? message.Id : $"{message.Id} ({string.Join(", ", message.Arguments.Select(a => $"{a.Key}={a.Value}"))})";
        }

        return template.Render(name => message.Arguments.GetValueOrDefault(name) switch
        {
            Message inner => inner.Text(language),
            var value => value,
        });
    }

    /// <summary>A catalogue text without arguments, in the run's language.</summary>
    public static string Text(string id) => Render(new Message(id, FrozenDictionary<string, object?>.Empty), RunLanguage.Current);

    private static FrozenDictionary<string, Entry> Load()
    {
        using var stream = typeof(MessageCatalogue).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        var yaml = reader.ReadToEnd();
        var raw = ParsedCache.Read(yaml, SharedParsedBinary.Messages,
            () => new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, string>>>(yaml));
        return raw.ToFrozenDictionary(
            e => e.Key,
            e => new Entry(MessageTemplate.Parse(e.Value["zh"], out _), MessageTemplate.Parse(e.Value["en"], out _)),
            StringComparer.Ordinal);
    }

    private sealed record Entry(MessageTemplate Zh, MessageTemplate En);
}
