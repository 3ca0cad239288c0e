using System.Text;
using Scriban.Runtime;

namespace GoalLint.Report.Templates;

/// <summary>
/// <c>md.escape</c> for templates: makes submission text literal in Markdown (and in the HTML a
/// Markdown renderer emits), and keeps it on one line so it cannot break a table row or a list.
/// <c>md.to_html</c> renders a rule's doc page for the HTML report through <see cref="SafeMarkdown"/>.
/// </summary>
public sealed class MarkdownFunctions : ScriptObject
{
    /// <summary>Characters that start Markdown or HTML syntax inline; each is backslash-escaped (an image needs "![", so escaping "[" covers "!").</summary>
    private const string Special = "\\`*_[]<>|#~&$";

    public MarkdownFunctions()
    {
        this.Import("escape", new Func<string?, string>(Escape));
        this.Import("to_html", new Func<string?, string>(ToHtml));
    }

    /// <summary>A rule's doc page as HTML, through the one sanitiser.</summary>
    public static string ToHtml(string? markdown) => SafeMarkdown.ToHtml(markdown);

    public static string Escape(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in text ?? "")
        {
            if (c is '\r' or '\n' or '\t')
            {
                sb.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
