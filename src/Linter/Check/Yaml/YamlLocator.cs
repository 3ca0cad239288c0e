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
    public static (int Line, int Column) Find(string path, params string[] keyPath)
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
            foreach (var key in keyPath)
            {
                node = node switch
                {
                    YamlMappingNode map => map.Children.Where(c => c.Key is YamlScalarNode { Value: var k } && k == key).Select(c => c.Value).FirstOrDefault(),
                    YamlSequenceNode list when int.TryParse(key, out var i) && i >= 0 && i < list.Children.Count => list.Children[i],
                    _ => null,
                };
                if (node is null)
                {
                    break;
                }

                at = Start(node);
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
