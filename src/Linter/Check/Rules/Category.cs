namespace GoalLint.Check.Rules;

/// <summary>
/// A finding category: one of the fixed list in finding-categories.md. Reports group by it and
/// evaluation is per category, so a rule may not invent one.
/// </summary>
public readonly record struct Category : IParsable<Category>
{
    /// <summary>The categories, in the order of finding-categories.md.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "vague-value", "placeholder", "missing-unit", "wrong-direction", "cost-mismatch",
        "category-mismatch", "copied-cycle-value", "year-mismatch", "missing-indicator",
        "duplicate", "arithmetic", "deviation-unexplained", "truncated", "privacy", "structure",
    ];

    private Category(string name) => Name = name;

    public string Name { get; }

    public static Category Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var c) ? c : throw new FormatException($"'{s}' is not a finding category; use one of: {string.Join(", ", All)}.");

    public static bool TryParse(string? s, IFormatProvider? provider, out Category result)
    {
        var found = All.FirstOrDefault(c => c == s?.Trim());
        result = found is null ? default : new Category(found);
        return found is not null;
    }

    public override string ToString() => Name;
}
