using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GoalLint.Report.Json;

/// <summary>
/// The XML doc comments the build writes beside each assembly (GenerateDocumentationFile), read
/// back as plain text so the JSON Schemas document the same words the code does.
/// </summary>
public sealed partial class XmlDocs
{
    private readonly Dictionary<Assembly, Dictionary<string, XElement>> _members = [];

    /// <summary>The summary of a type, property, field or enum member; a record's positional property falls back to its &lt;param&gt;.</summary>
    public string? Summary(MemberInfo member)
    {
        var type = member as Type ?? member.DeclaringType;
        if (type is null)
        {
            return null;
        }

        var docs = Members(type.Assembly);
        var id = member switch
        {
            Type t => "T:" + Name(t),
            PropertyInfo p => "P:" + Name(type) + "." + p.Name,
            FieldInfo f => "F:" + Name(type) + "." + f.Name,
            _ => null,
        };
        if (id is not null && docs.TryGetValue(id, out var element) && Text(element.Element("summary")) is { } summary)
        {
            return summary;
        }

        return member is PropertyInfo && docs.TryGetValue("T:" + Name(type), out var owner)
            ? Text(owner.Elements("param").FirstOrDefault(e => (string?)e.Attribute("name") == member.Name))
            : null;
    }

    private Dictionary<string, XElement> Members(Assembly assembly)
    {
        if (!_members.TryGetValue(assembly, out var members))
        {
            var path = DocFile(assembly);
            members = File.Exists(path)
                ? XDocument.Load(path).Descendants("member").Where(m => m.Attribute("name") is not null).ToDictionary(m => (string)m.Attribute("name")!)
                : [];
            _members[assembly] = members;
        }

        return members;
    }

    /// <summary>Beside the assembly; a single-file app has no assembly path, so beside the app.</summary>
    private static string DocFile(Assembly assembly) =>
        assembly.Location.Length > 0
            ? Path.ChangeExtension(assembly.Location, ".xml")
            : Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    /// <summary>Inline tags become their words: see cref ⇒ the last name segment, c ⇒ its text; whitespace collapses.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var parts = element.Nodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" or "seealso" } e => Label(e),
            XElement e => e.Value,
            _ => "",
        });
        var text = Whitespace().Replace(string.Concat(parts), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string Label(XElement see)
    {
        if (see.Value.Length > 0)
        {
            return see.Value;
        }

        var target = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? "";
        var name = target[(target.IndexOf(':') + 1)..];
        var segments = name.Split('(')[0].Split('.');
        return target.StartsWith("T:", StringComparison.Ordinal) || segments.Length < 2 ? segments[^1] : segments[^2] + "." + segments[^1];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
