using System.Text.Json;
using System.Text.RegularExpressions;

namespace GoalLint.Report.Json;

/// <summary>
/// A <see cref="JsonException"/> as a user reads it: the key it concerns (<c>waivers[0].expires</c>)
/// and what was expected, never the .NET type System.Text.Json names or its position suffix.
/// </summary>
public static partial class JsonErrors
{
    public static string Describe(JsonException ex)
    {
        var key = ex.Path is { Length: > 2 } path ? path.TrimStart('$').TrimStart('.') : null;
        var message = PositionSuffix().Replace(ex.Message, "").Trim();
        if (ConvertedTo().Match(message) is { Success: true } conversion)
        {
            message = $"expected {Kind(MemberType(conversion.Groups["type"].Value, key))}";
        }

        return key is null ? message : $"{key}: {message}";
    }

    /// <summary>
    /// System.Text.Json names the record being built when a constructor parameter has the wrong
    /// kind of value; the key's last segment names the member, whose own type is what was expected.
    /// </summary>
    private static string MemberType(string type, string? key)
    {
        var member = key?.Split('.')[^1].Split('[')[0];
        var property = member is { Length: > 0 } && typeof(JsonErrors).Assembly.GetType(type) is { } owner
            ? owner.GetProperty(char.ToUpperInvariant(member[0]) + member[1..])
            : null;
        return property is null ? type : (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).FullName ?? type;
    }

    private static string Kind(string type) => type switch
    {
        _ when type.StartsWith("System.String", StringComparison.Ordinal) => "text in quotes",
        _ when type.Contains("Date", StringComparison.Ordinal) => "a date such as \"2026-12-31\"",
        _ when type.Contains("Int", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) || type.Contains("Enumerable", StringComparison.Ordinal) => "a list [ … ]",
        _ => "an object { … }",
    };

    [GeneratedRegex(@"\s*(Path: .*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex ConvertedTo();
}
