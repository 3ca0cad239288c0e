using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Where a setting sits in a YAML file (<c>templates.markdown</c>, <c>packs[1]</c>): the typed
/// reader keeps no positions, and a finding about a setting points at its line. Read only when a
/// finding needs it, from a file the typed reader has already accepted.
/// </summary>
public static class YamlLocator
{
    /// <summary>Line and column (1-based) of the value at <paramref name="keyPath"/> (list items by index), of the deepest part found, or (0, 0).</summary>
    public static (int Line, int Column) Find(string path, params string[] keyPath) => Locate(path, keyPath, atKey: false);

    /// <summary>Line and column of the last key of <paramref name="keyPath"/> itself: where an unknown or misspelt key is written.</summary>
    public static (int Line, int Column) FindKey(string path, params string[] keyPath) => Locate(path, keyPath, atKey: true);

    private static (int Line, int Column) Locate(string path, string[] keyPath, bool atKey)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(path)))
            {
                stream.Load(reader);
            }

            var node = stream.Documents.FirstOrDefault()?.RootNode;
            var at = node is null ? (0, 0) : Start(node);
            for (var depth = 0; depth < keyPath.Length && node is not null; depth++)
            {
                var key = keyPath[depth];
                if (node is YamlMappingNode map && map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key) is { Key: not null } entry)
                {
                    at = Start(atKey && depth == keyPath.Length - 1 ? entry.Key : entry.Value);
                    node = entry.Value;
                }
                else if (node is YamlSequenceNode list && int.TryParse(key, out var i) && i >= 0 && i < list.Children.Count)
                {
                    node = list.Children[i];
                    at = Start(node);
                }
                else
                {
                    node = null;
                }
            }

            return at;
        }
        catch (Exception ex) when (ex is YamlException or IOException or UnauthorizedAccessException)
        {
            return (0, 0);
        }
    }

    private static (int, int) Start(YamlNode node) => ((int)node.Start.Line, (int)node.Start.Column);
}
