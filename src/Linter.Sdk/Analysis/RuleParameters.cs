using System.Globalization;

namespace GoalLint.Analysis;

/// <summary>
/// A rule's parameters after every pack, profile and config layer has been applied. Values are
/// strings, numbers, booleans or lists of strings, as YAML gives them.
/// </summary>
public sealed class RuleParameters(IReadOnlyDictionary<string, object> values)
{
    public static RuleParameters None { get; } = new(new Dictionary<string, object>());

    public IReadOnlyDictionary<string, object> Values { get; } = values;

    public bool Has(string name) => Values.ContainsKey(name);

    /// <summary>A list parameter (a single string reads as a one-item list); empty when absent.</summary>
    public IReadOnlyList<string> Words(string name) => Values.TryGetValue(name, out var v) switch
    {
        false => [],
        true when v is IEnumerable<string> list => list.ToArray(),
        _ => [Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""],
    };

    public string? Text(string name) =>
        Values.TryGetValue(name, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public decimal Number(string name, decimal fallback) =>
        Text(name) is { } s && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : fallback;

    public bool Flag(string name, bool fallback) =>
        Text(name) is { } s && bool.TryParse(s, out var b) ? b : fallback;
}
