namespace GoalLint.Shared.Messages;

/// <summary>The language every reviewer-facing text is written in: Chinese unless a run asks for English (<c>--lang en</c>).</summary>
public enum Language
{
    Zh,
    En,
}

/// <summary>
/// The language of the current run. It flows with the run (an <see cref="AsyncLocal{T}"/>), so runs
/// in one process (tests, the review server) each keep their own; the machine's culture plays no part.
/// </summary>
public static class RunLanguage
{
    private static readonly AsyncLocal<Language> Chosen = new();

    public static Language Current
    {
        get => Chosen.Value;
        set => Chosen.Value = value;
    }

    /// <summary>zh or en (as <c>--lang</c> takes them); null for anything else.</summary>
    public static Language? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "zh" or "zh-cn" or "cn" => Language.Zh,
        "en" => Language.En,
        _ => null,
    };
}
