using System.Globalization;

namespace GoalLint.Check.Packs;

/// <summary>Applies a layer's parameter values: replace, or for lists <c>{ add, remove }</c>.</summary>
public static class ParamMerge
{
    public static object Apply(object? current, object change)
    {
        if (change is not IDictionary<object, object> edit)
        {
            return Normalise(change);
        }

        var list = current is null ? [] : AsList(current);
        if (edit.TryGetValue("remove", out var remove))
        {
            var gone = AsList(remove).ToHashSet(StringComparer.Ordinal);
            list = list.Where(w => !gone.Contains(w)).ToList();
        }

        if (edit.TryGetValue("add", out var add))
        {
            list.AddRange(AsList(add).Where(w => !list.Contains(w)));
        }

        var unknown = edit.Keys.Select(k => k.ToString()).Where(k => k is not ("add" or "remove")).ToArray();
        return unknown.Length == 0 ? list : throw new FormatException($"a list edit takes only 'add' and 'remove', not {string.Join(", ", unknown)}");
    }

    /// <summary>YAML lists arrive as List&lt;object&gt;; rules read them as lists of strings.</summary>
    public static object Normalise(object value) => value is IEnumerable<object> items ? AsList(items) : value;

    private static List<string> AsList(object value) => value switch
    {
        IEnumerable<string> strings => strings.ToList(),
        IEnumerable<object> items => items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "").ToList(),
        _ => [Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""],
    };
}
