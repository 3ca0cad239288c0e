namespace GoalLint.Shared.Messages;

/// <summary>
/// A message of the <see cref="MessageCatalogue"/>: its ASCII id and named arguments. The text is
/// rendered in the run's language when asked for; an argument may itself be a message.
/// </summary>
/// <param name="Id">The catalogue id (ingest.shifted-row.left).</param>
/// <param name="Arguments">Values for the template's placeholders, by name.</param>
public sealed record Message(string Id, IReadOnlyDictionary<string, object?> Arguments)
{
    public static Message Of(string id, params (string Name, object? Value)[] arguments) =>
        new(id, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    public string Text(Language language) => MessageCatalogue.Render(this, language);

    /// <summary>The text in the run's language.</summary>
    public override string ToString() => Text(RunLanguage.Current);
}
