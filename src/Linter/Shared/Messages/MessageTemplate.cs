using System.Globalization;
using System.Text;

namespace GoalLint.Shared.Messages;

/// <summary>
/// A message with {placeholders}: {evidence} (the quoted source text), {indicator} (一级 › 二级 › 三级),
/// {name} (三级指标), {project} (项目名称), and whatever values the check reports ({budget}).
/// Parsed once at load time so a typo in a placeholder is a load error, not a blank in a report.
/// A placeholder may name a .NET format after a colon ({bytes:N0}); values are formatted invariantly.
/// The same templates fill rule messages and the <see cref="MessageCatalogue"/>.
/// </summary>
public sealed class MessageTemplate
{
    /// <summary>Placeholders every finding can fill.</summary>
    public static readonly IReadOnlySet<string> Standard = new HashSet<string>(StringComparer.Ordinal) { "evidence", "indicator", "name", "project", "level1", "level2" };

    private readonly IReadOnlyList<(string Text, bool IsPlaceholder, string? Format)> _parts;

    private MessageTemplate(string source, IReadOnlyList<(string, bool, string?)> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    public IEnumerable<string> Placeholders => _parts.Where(p => p.IsPlaceholder).Select(p => p.Text);

    /// <summary>Parses a template; {{ and }} stand for literal braces. Returns an error message or null.</summary>
    public static MessageTemplate Parse(string source, out string? error)
    {
        error = null;
        var parts = new List<(string, bool, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if ((c == '{' || c == '}') && i + 1 < source.Length && source[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = source.IndexOf('}', i);
                if (end < 0)
                {
                    error = $"unclosed '{{' at character {i + 1} of the message";
                    break;
                }

                parts.Add((literal.ToString(), false, null));
                literal.Clear();
                var placeholder = source[(i + 1)..end].Trim();
                var colon = placeholder.IndexOf(':', StringComparison.Ordinal);
                parts.Add(colon < 0 ? (placeholder, true, null) : (placeholder[..colon].Trim(), true, placeholder[(colon + 1)..]));
                i = end;
            }
            else
            {
                literal.Append(c);
            }
        }

        parts.Add((literal.ToString(), false, null));
        return new MessageTemplate(source, parts);
    }

    public string Render(IReadOnlyDictionary<string, string> values) => Render(name => values.GetValueOrDefault(name));

    /// <summary>Fills each placeholder with <paramref name="value"/>(name); a missing value renders empty.</summary>
    public string Render(Func<string, object?> value)
    {
        // A template without placeholders is the same text for every finding: one string, not one per finding.
        if (_parts is [(var only, false, _)])
        {
            return only;
        }

        var sb = new StringBuilder();
        foreach (var (text, isPlaceholder, format) in _parts)
        {
            sb.Append(!isPlaceholder ? text : value(text) switch
            {
                IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
                { } v => v.ToString(),
                null => "",
            });
        }

        return sb.ToString();
    }
}
