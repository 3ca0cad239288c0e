using System.Text;
using System.Text.Json;
using GoalLint.Check.Yaml;
using GoalLint.Report.Json;

namespace GoalLint.Report.Baseline;

/// <summary>A JSON file GoalLint writes and reads back (baselines, waivers), with a schemaVersion whose major must match.</summary>
public interface IVersionedFile
{
    string? SchemaVersion { get; }
}

/// <summary>Reads and writes <see cref="IVersionedFile"/>s; every problem is a located configuration error.</summary>
public static class VersionedJsonFile
{
    public static void Write<T>(string path, T file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(file, JsonDefaults.Options) + "\n", new UTF8Encoding(false));
    }

    /// <param name="path">The file.</param>
    /// <param name="display">The name errors quote.</param>
    /// <param name="what">"baseline", "waiver file".</param>
    /// <param name="currentVersion">The schema version this GoalLint writes.</param>
    public static T Read<T>(string path, string display, string what, string currentVersion)
        where T : class, IVersionedFile
    {
        try
        {
            var file = JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonDefaults.Options);
            if (file?.SchemaVersion is not { } version)
            {
                throw YamlFiles.Error(display, 1, 1, $"not a GoalLint {what} (no schemaVersion)");
            }

            return version.Split('.')[0] == currentVersion.Split('.')[0] ? file
                : throw YamlFiles.Error(display, 1, 1, $"{what} schema {version} is not supported (this GoalLint reads {currentVersion})");
        }
        catch (JsonException ex)
        {
            throw YamlFiles.Error(display, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, $"{JsonErrors.Describe(ex)}; fix the {what} (JSON) and run again");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw YamlFiles.Error(display, 0, 0, $"cannot read {what}: {ex.Message}");
        }
    }
}
