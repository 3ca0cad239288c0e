using System.CommandLine;
using System.CommandLine.Parsing;
using GoalLint.Check.Yaml;
using GoalLint.Shared;

namespace GoalLint.Cli;

/// <summary>
/// Options whose value is one of a few words (an enum written in kebab-case): a wrong word is
/// reported as "--fail-on 'never': expected one of …; did you mean …", never as a .NET type.
/// </summary>
public static class CliValues
{
    public static Option<T> Choice<T>(string name, T defaultValue, string description)
        where T : struct, Enum => new(name)
        {
            Description = description,
            HelpName = string.Join('|', Names<T>()),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => Parse<T>(name, r) ?? defaultValue,
        };

    public static Option<T?> OptionalChoice<T>(string name, string description)
        where T : struct, Enum => new(name)
        {
            Description = description,
            HelpName = string.Join('|', Names<T>()),
            CustomParser = r => Parse<T>(name, r),
        };

    /// <summary>Accepts only <paramref name="names"/> for a string option, with a did-you-mean when the value is not one.</summary>
    public static void OneOf(Option<string> option, IReadOnlyCollection<string> names)
    {
        option.HelpName = string.Join('|', names);
        option.Validators.Add(r => Check(option.Name, r, names));
    }

    /// <summary>As <see cref="OneOf(Option{string}, IReadOnlyCollection{string})"/> for a positional argument.</summary>
    public static void OneOf(Argument<string> argument, IReadOnlyCollection<string> names)
    {
        argument.HelpName = string.Join('|', names);
        argument.Validators.Add(r => Check($"<{argument.Name}>", r, names));
    }

    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum => Enum.GetNames<T>().Select(KebabScalarDeserializer.Kebab).ToArray();

    private static void Check(string name, SymbolResult result, IReadOnlyCollection<string> names)
    {
        if (result.Tokens is [var token] && !names.Contains(token.Value))
        {
            result.AddError($"{name} '{token.Value}': expected one of {string.Join(", ", names)}{DidYouMean.Hint(token.Value, names)}");
        }
    }

    private static T? Parse<T>(string name, ArgumentResult result)
        where T : struct, Enum
    {
        var text = result.Tokens is [var token] ? token.Value : "";
        var names = Names<T>();
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var match = Enum.GetValues<T>().Where(v => string.Equals(KebabScalarDeserializer.Kebab(v.ToString()), text.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
        if (match is [var value])
        {
            return value;
        }

        result.AddError($"{name} '{text}': expected one of {string.Join(", ", names)}{DidYouMean.Hint(text, names)}");
        return null;
    }
}
