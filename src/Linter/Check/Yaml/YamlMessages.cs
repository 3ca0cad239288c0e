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
    public static string Describe(YamlException ex, string yaml, int line, int column)
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
            var key = KeyAt(yaml, line, column);
            var shape = Shape(cast.Groups["to"].Value, key);
            return key is null ? $"expected {shape}" : $"{key}: expected {shape}";
        }

        var at = KeyAt(yaml, line, column) is { } k ? $"{k}: " : "";
        if (ExpectedEvent().Match(message) is { Success: true } events)
        {
            return $"{at}expected {Node(events.Groups["expected"].Value)}, found {Node(events.Groups["got"].Value)}";
        }

        if (NotANumber().Match(message) is { Success: true } number)
        {
            return $"{at}'{number.Groups["text"].Value}' is not a number; expected a whole number";
        }

        if (NotABoolean().Match(message) is { Success: true } boolean)
        {
            return $"{at}'{boolean.Groups["text"].Value}' is not true or false";
        }

        return at + TypeName().Replace(message, "a value of another kind");
    }

    private static string Node(string yamlEvent) => yamlEvent switch
    {
        "MappingStart" => "a mapping (one 'key: value' per line, indented)",
        "SequenceStart" => "a list",
        "Scalar" => "a single value",
        _ => "another kind of value",
    };

    /// <summary>The kebab-case keys of a GoalLint type, as files write them.</summary>
    private static IReadOnlyList<string> KeysOf(string typeName) =>
        typeof(YamlMessages).Assembly.GetType(typeName) is { } type
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => HyphenatedNamingConvention.Instance.Apply(p.Name)).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>
    /// The key whose value is at the error: the key on the error's line (<c>exclude: README.md</c> ⇒
    /// exclude), or, when the value starts its own line, the nearest less-indented key above it.
    /// </summary>
    private static string? KeyAt(string yaml, int line, int column)
    {
        var lines = yaml.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var text = lines[line - 1];
        var indent = text.Length - text.TrimStart().Length;
        if (column > indent + 1 && KeyOnLine().Match(text) is { Success: true } own)
        {
            return own.Groups["key"].Value;
        }

        for (var i = line - 2; i >= 0; i--)
        {
            var above = lines[i];
            if (above.Trim().Length > 0 && above.Length - above.TrimStart().Length < indent && KeyOnLine().Match(above) is { Success: true } parent)
            {
                return parent.Groups["key"].Value;
            }
        }

        return null;
    }

    private static string Shape(string type, string? key) => type switch
    {
        _ when type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) =>
            $"a list: write [item, item] or one '- item' per line{(key is null ? "" : $", e.g. {key}: [README.md]")}",
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "a mapping: one 'name: value' per line, indented under the key",
        _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("String", StringComparison.Ordinal) => "a single text value",
        _ => "a mapping (one 'key: value' per line)",
    };

    [GeneratedRegex(@"^Property '(?<key>[^']+)' not found on type '(?<type>[^']+)'\.?$")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"^Invalid cast from '(?<from>[^']+)' to '(?<to>.+)'\.?\)?$")]
    private static partial Regex InvalidCast();

    [GeneratedRegex(@"^Expected '(?<expected>\w+)', got '(?<got>\w+)'")]
    private static partial Regex ExpectedEvent();

    [GeneratedRegex(@"^The input string '(?<text>.*)' was not in a correct format")]
    private static partial Regex NotANumber();

    [GeneratedRegex(@"^The value ""(?<text>.*)"" is not a valid YAML Boolean")]
    private static partial Regex NotABoolean();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z0-9_-]+)\s*:")]
    private static partial Regex KeyOnLine();

    [GeneratedRegex(@"'?\b(System|GoalLint|YamlDotNet)\.[\w.`\[\], =]+'?")]
    private static partial Regex TypeName();
}
