using System.Reflection;
using System.Text.Json;
using GoalLint.Model;

namespace GoalLint.Shared.Json;

/// <summary>The versioned envelope of <c>goallint normalize</c>; its JSON Schema is schemas/normalized.schema.json.</summary>
/// <param name="SchemaVersion">MAJOR.MINOR version of this format; a reader refuses an unknown major version.</param>
/// <param name="Tool">The GoalLint that wrote this output.</param>
/// <param name="Documents">One entry per input file, in the order read.</param>
public sealed record NormalisedOutput(string SchemaVersion, ToolInfo Tool, IReadOnlyList<PerformanceDocument> Documents)
{
    /// <summary>Bumped on any change of shape; minor for additions, major for removals or renames.</summary>
    public const string CurrentSchemaVersion = "1.7";

    public static NormalisedOutput For(IReadOnlyList<PerformanceDocument> documents) =>
        new(CurrentSchemaVersion, ToolInfo.Current, documents);
}

/// <summary>Which GoalLint produced an output.</summary>
/// <param name="Name">Always goallint.</param>
/// <param name="Version">The tool version, without build metadata.</param>
public sealed record ToolInfo(string Name, string Version)
{
    /// <summary>Where GoalLint is documented (PackageProjectUrl in Directory.Build.props): SARIF's informationUri, the default home of shipped rule docs.</summary>
    public static string Home { get; } = typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "ProjectUrl")?.Value ?? "https://github.com/goallint/goallint";

    public static ToolInfo Current { get; } = new("goallint",
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");
}

public static class NormalisedJson
{
    public static string Serialize(IReadOnlyList<PerformanceDocument> documents) =>
        JsonSerializer.Serialize(NormalisedOutput.For(documents), JsonDefaults.Options);

    /// <summary>The same JSON and a final line break, streamed: the serializer flushes as it goes.</summary>
    public static void Write(IReadOnlyList<PerformanceDocument> documents, Stream output)
    {
        JsonSerializer.Serialize(output, NormalisedOutput.For(documents), JsonDefaults.Options);
        output.WriteByte((byte)'\n');
    }
}
