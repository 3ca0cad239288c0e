using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Where a key sits in a YAML file, for errors found after the file was read into objects (an
/// unknown rule parameter in a profile): the typed model keeps no positions, so the file is walked
/// again along the key path. Unknown paths and unreadable files give (0, 0), the "no position" of ConfigError.
/// </summary>
public static class YamlLocator
{
    public static (int Line, int Column) Find(string path, params string[] keys)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            YamlNode? node = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            var at = (0, 0);
            foreach (var key in keys)
            {
                if (node is not YamlMappingNode map || map.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == key) is not { Key: { } k } child)
                {
                    return (0, 0);
                }

                at = ((int)k.Start.Line, (int)k.Start.Column);
                node = child.Value;
            }

            return at;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlException)
        {
            return (0, 0);
        }
    }
}
