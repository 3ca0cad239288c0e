using GoalLint.Shared.Json;
using System.Text;
using System.Text.Json;
using GoalLint.Model;

namespace GoalLint.Ingest.Json;

/// <summary>
/// What the top of a JSON text says about itself: GoalLint output carries <c>schemaVersion</c>
/// and <c>tool.name</c> = goallint before its body, so a file cut or broken further down is
/// still recognised (and its damage reported) rather than called an unknown layout.
/// </summary>
/// <param name="SchemaVersion">The version as written.</param>
/// <param name="VersionAt">Where the version is written.</param>
/// <param name="HasDocuments">Whether a <c>documents</c> list follows, as in <c>goallint normalize</c> output (findings and baselines have none).</param>
public sealed record NormalisedJsonHeader(string SchemaVersion, SourceLocation VersionAt, bool HasDocuments)
{
    /// <summary>Whether this GoalLint reads the version: the same major; a newer minor only adds fields, which are ignored.</summary>
    public bool IsSupported => Major(SchemaVersion) is { } major && major == Major(NormalisedOutput.CurrentSchemaVersion);

    /// <summary>The header of <paramref name="text"/>, or null when it is not a JSON object written by GoalLint.</summary>
    public static NormalisedJsonHeader? Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] != '{')
        {
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        string? version = null, tool = null;
        long versionOffset = 0;
        var documents = false;
        try
        {
            reader.Read();
            while (!documents && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "schemaVersion" when reader.TokenType == JsonTokenType.String:
                        version = reader.GetString();
                        versionOffset = reader.TokenStartIndex;
                        break;
                    case "tool" when reader.TokenType == JsonTokenType.StartObject:
                        tool = ToolName(ref reader);
                        break;
                    case "documents":
                        documents = true;
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Damage below the header is the reader's to report, with its place.
        }

        return version is not null && tool == ToolInfo.Current.Name
            ? new NormalisedJsonHeader(version, JsonPosition.Locate(utf8, versionOffset), documents)
            : null;
    }

    /// <summary>Reads the tool object through its end and returns its name.</summary>
    private static string? ToolName(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        string? name = null;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("name"))
            {
                reader.Read();
                name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }

        return name;
    }

    private static string? Major(string version) =>
        version.Split('.') is [var major, var minor] && major.All(char.IsAsciiDigit) && minor.All(char.IsAsciiDigit) && major.Length > 0 && minor.Length > 0 ? major : null;
}
