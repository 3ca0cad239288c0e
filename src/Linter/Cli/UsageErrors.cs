using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using GoalLint.Shared;

namespace GoalLint.Cli;

/// <summary>
/// The parse errors of a command line, as a user reads them: an unknown option is called one
/// (with the nearest known option), a missing value names its option, and no message carries a
/// .NET type. System.CommandLine takes a token such as <c>--bogus</c> for a path when a command
/// has a path argument, so those are found here too.
/// </summary>
public static partial class UsageErrors
{
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var options = KnownOptions(parse).ToArray();
        var tokens = parse.Tokens.ToList();
        var endOfOptions = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        var errors = parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => t.Value.Length > 1 && t.Value[0] == '-' && (endOfOptions < 0 || tokens.IndexOf(t) < endOfOptions))
            .Select(t => UnknownOption(t.Value, options))
            .ToList();
        var unrecognized = parse.Errors.Any(e => Unrecognized().IsMatch(e.Message));
        errors.AddRange(parse.Errors.Where(e => !(unrecognized && RequiredCommand().IsMatch(e.Message))).Select(e => Describe(e.Message, parse, command, options)));
        return errors.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>"goallint lint", "goallint rules explain": what to put before --help.</summary>
    public static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c; r = c.Parent)
        {
            names.Insert(0, c.Command is RootCommand ? "goallint" : c.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static IEnumerable<string> KnownOptions(ParseResult parse)
    {
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c; r = c.Parent)
        {
            foreach (var option in c.Command.Options.Where(o => o.Recursive || r == parse.CommandResult))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    private static string UnknownOption(string token, IEnumerable<string> options)
    {
        var name = token.Split('=')[0];
        return $"unknown option '{name}'{DidYouMean.Hint(name, options.Where(o => o.StartsWith("--", StringComparison.Ordinal)))}";
    }

    private static string Describe(string message, ParseResult parse, Command command, string[] options)
    {
        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            var token = unrecognized.Groups["token"].Value;
            return token.StartsWith('-') ? UnknownOption(token, options)
                : command.Subcommands.Count > 0 ? $"unknown command '{token}': expected one of {string.Join(", ", command.Subcommands.Select(s => s.Name))}{DidYouMean.Hint(token, command.Subcommands.Select(s => s.Name))}"
                : $"'{command.Name}' takes no argument '{token}'";
        }

        if (RequiredArgument().Match(message) is { Success: true } argument)
        {
            return argument.Groups["name"].Value == "paths"
                ? "give at least one file or folder to check, or '-' to read standard input"
                : $"missing <{argument.Groups["name"].Value}>";
        }

        if (RequiredCommand().IsMatch(message))
        {
            return $"give a command: {string.Join(", ", command.Subcommands.Select(s => s.Name))}";
        }

        if (MissingValue().Match(message) is { Success: true } missing)
        {
            var option = command.Options.FirstOrDefault(o => o.Name == missing.Groups["option"].Value);
            return $"{missing.Groups["option"].Value}: expected a value{(option?.HelpName is { } help ? $" ({help})" : "")}";
        }

        if (BadValue().Match(message) is { Success: true } bad)
        {
            var type = bad.Groups["type"].Value;
            var expected = type.Contains("Int", StringComparison.Ordinal) ? "a whole number" : "a different value";
            return $"{bad.Groups["option"].Value} '{bad.Groups["value"].Value}': expected {expected}";
        }

        if (Required().Match(message) is { Success: true } required)
        {
            return $"{required.Groups["option"].Value} is required";
        }

        return DotNetType().Replace(message, "");
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument '(?<name>[^']+)' missing")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^Required command was not provided")]
    private static partial Regex RequiredCommand();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>[^']+)'")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex BadValue();

    [GeneratedRegex(@"^Option '(?<option>[^']+)' is required")]
    private static partial Regex Required();

    [GeneratedRegex(@" ?as expected type '[^']+'")]
    private static partial Regex DotNetType();
}
