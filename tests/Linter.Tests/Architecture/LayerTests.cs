using System.Text.RegularExpressions;

namespace GoalLint.Tests.Architecture;

/// <summary>
/// Data flows one way (ingest → normalise → check → report) over a shared lower layer: no stage's
/// source names a stage after it. A back-edge fails here with the file and line.
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>Each folder of src/Linter and the stages its code must not name.</summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        { "Shared", ["Ingest", "Normalise", "Check", "Report", "Cli"] },
        { "Ingest", ["Normalise", "Check", "Report", "Cli"] },
        { "Normalise", ["Check", "Report", "Cli"] },
        { "Check", ["Report", "Cli"] },
        { "Report", ["Cli"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_stage_does_not_use_a_later_stage(string folder, string[] forbidden)
    {
        var root = Repo.InRepo("src", "Linter", folder);
        var backEdges = (
            from file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            from line in File.ReadLines(file).Select((text, i) => (Text: text, Number: i + 1))
            let hit = StageReference().Match(line.Text)
            where hit.Success && forbidden.Contains(hit.Groups["stage"].Value)
            select $"{Path.GetRelativePath(Repo.Root, file)}({line.Number}): {line.Text.Trim()}").ToArray();

        Assert.True(backEdges.Length == 0, $"src/Linter/{folder} uses a later stage:\n{string.Join('\n', backEdges)}");
    }

    [Fact]
    public void Only_the_shared_layer_is_imported_everywhere()
    {
        var globals = Directory.EnumerateFiles(Repo.InRepo("src", "Linter"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(l => l.TrimStart().StartsWith("global using ", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .ToArray();

        Assert.Equal(["global using GoalLint.Shared;"], globals);
    }

    /// <summary>A using directive or a qualified name that reaches into a stage (GoalLint.Report.Json.X).</summary>
    [GeneratedRegex(@"\bGoalLint\.(?<stage>Shared|Ingest|Normalise|Check|Report|Cli)\b")]
    private static partial Regex StageReference();
}
