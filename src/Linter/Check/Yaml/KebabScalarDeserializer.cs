using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Reads enums written in kebab-case (project-goals ⇒ ProjectGoals) and any <see cref="IParsable{TSelf}"/>
/// value type, so that a bad value is reported at its own line and column rather than later
/// without a location.
/// </summary>
internal sealed class KebabScalarDeserializer : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        var type = Nullable.GetUnderlyingType(expectedType) ?? expectedType;
        var parsable = type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>));
        if (!type.IsEnum && !(parsable && type.Namespace?.StartsWith("GoalLint", StringComparison.Ordinal) == true) || !reader.Accept<Scalar>(out _))
        {
            value = null;
            return false;
        }

        var scalar = reader.Consume<Scalar>();
        try
        {
            value = type.IsEnum ? ParseEnum(type, scalar.Value) : ParseParsable(type, scalar.Value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or TargetInvocationException { InnerException: FormatException })
        {
            throw new YamlException(scalar.Start, scalar.End, (ex.InnerException ?? ex).Message);
        }
    }

    /// <summary>The kebab-case spelling of an enum member: ProjectGoals ⇒ project-goals.</summary>
    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static object ParseEnum(Type type, string text)
    {
        var match = Enum.GetNames(type).FirstOrDefault(n => string.Equals(Kebab(n), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? Enum.Parse(type, match)
            : throw new FormatException($"'{text}' is not one of: {string.Join(", ", Enum.GetNames(type).Select(Kebab))}{Shared.DidYouMean.Hint(text, Enum.GetNames(type).Select(Kebab))}");
    }

    private static object ParseParsable(Type type, string text) =>
        type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider)])!.Invoke(null, [text, null])!;
}
