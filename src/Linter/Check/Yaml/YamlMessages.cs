using System.Reflection;
using System.Text.RegularExpressions;
using GoalLint.Shared;
using YamlDotNet.Core;
using YamlDotNet.Serialization.NamingConventions;

namespace GoalLint.Check.Yaml;

/// <summary>
/// YamlDotNet's messages as a user of a rule, profile or config file reads them: an unknown key
/// lists the keys that place takes (with the nearest one), a value of the wrong shape says which
/// shape is expected and how to write it, and no .NET type name is left in the text.
/// </summary>
internal static partial class YamlMessages
{
    public static string Describe(YamlException ex, string yaml, int line)
    {
        var inner = ex.InnerException is YamlException y ? y : null;
        var message = (inner?.Message ?? ex.InnerException?.Message ?? ex.Message).Trim();
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            var keys = KeysOf(unknown.Groups["type"].Value);
            var key = unknown.Groups["key"].Value;
            return $"unknown key '{key}'{DidYouMean.Hint(key, keys)}; the keys allowed here are: {string.Join(", ", keys)}";
        }

        if (InvalidCast().Match(message) is { Success: true } cast)
        {
            var key = KeyAt(yaml, line);
            var shape = Shape(cast.Groups["to"].Value, key);
            return key is null ? $"expected {shape}" : $"{key}: expected {shape}";
        }

        return TypeName().Replace(message, "a value of another kind");
    }

    /// <summary>The kebab-case keys of a GoalLint type, as files write them.</summary>
    private static IReadOnlyList<string> KeysOf(string typeName) =>
        typeof(YamlMessages).Assembly.GetType(typeName) is { } type
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => HyphenatedNamingConvention.Instance.Apply(p.Name)).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>The key on the error's line (<c>exclude: README.md</c> ⇒ exclude), when there is one.</summary>
    private static string? KeyAt(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        return line >= 1 && line <= lines.Length && KeyOnLine().Match(lines[line - 1]) is { Success: true } m ? m.Groups["key"].Value : null;
    }

    private static string Shape(string type, string? key) => type switch
    {
        _ when type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) =>
            $"a list: write [item, item] or one '- item' per line{(key is null ? "" : $", e.g. {key}: [README.md]")}",
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "a mapping: one 'name: value' per line, indented under the key",
        _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("String", StringComparison.Ordinal) => "a single text value",
        _ => "a value of another kind",
    };

    [GeneratedRegex(@"^Property '(?<key>[^']+)' not found on type '(?<type>[^']+)'\.?$")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"^Invalid cast from '(?<from>[^']+)' to '(?<to>.+)'\.?\)?$")]
    private static partial Regex InvalidCast();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z0-9_-]+)\s*:")]
    private static partial Regex KeyOnLine();

    [GeneratedRegex(@"'?\b(System|GoalLint|YamlDotNet)\.[\w.`\[\], =]+'?")]
    private static partial Regex TypeName();
}
