using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;

namespace GoalLint.Check.Packs;

/// <summary>
/// Scripts and plugins are code. A rule that runs code is refused when its file lies inside the
/// submissions being checked (a pack smuggled in with the tables), unless the user allows it
/// with <c>--allow-input-code</c>. Shipped packs and packs outside the inputs run as configured.
/// </summary>
public sealed class TrustPolicy(IReadOnlyList<string> inputRoots, bool allowInputCode)
{
    public static TrustPolicy TrustEverything { get; } = new([], true);

    private readonly string[] _roots = inputRoots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).ToArray();

    public void Check(Rule rule)
    {
        if (!rule.RunsCode || allowInputCode)
        {
            return;
        }

        var root = _roots.FirstOrDefault(r => rule.FullPath == r || rule.FullPath.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (root is not null)
        {
            throw YamlFiles.Error(rule.DefinedIn, 0, 0, $"rule '{rule.Id}' runs code ({rule.Check.Kind}) and sits inside the submissions being checked ({root}); it was refused. Pass --allow-input-code if you trust it.");
        }
    }
}
