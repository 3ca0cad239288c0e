using System.Text;
using Scriban.Runtime;

namespace GoalLint.Report.Templates;

/// <summary>
/// <c>md.escape</c> for templates: makes submission text literal in Markdown (and in the HTML a
/// Markdown renderer emits), and keeps it on one line so it cannot break a table row or a list.
/// <c>md.to_html</c> renders a rule's doc page for the HTML report through <see cref="SafeMarkdown"/>.
/// <c>md.demote</c> nests a doc page inside the Markdown report.
/// </summary>
public sealed partial class MarkdownFunctions : ScriptObject
{
    /// <summary>Characters that start Markdown or HTML syntax inline; each is backslash-escaped (an image needs "![", so escaping "[" covers "!").</summary>
    private const string Special = "\\`*_[]<>|#~&$";

    public MarkdownFunctions()
    {
        this.Import("escape", new Func<string?, string>(Escape));
        this.Import("to_html", new Func<string?, string>(ToHtml));
        this.Import("demote", new Func<string?, string>(Demote));
    }

    /// <summary>
    /// A rule's doc page placed inside the Markdown report: its headings three levels down (under
    /// the report's own), and "&lt;" outside code fences written as an entity, so a page from a pack
    /// outside the shipped ones cannot put raw HTML into the report.
    /// </summary>
    public static string Demote(string? markdown)
    {
        var sb = new StringBuilder();
        var fenced = false;
        foreach (var line in (markdown ?? "").ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                sb.Append(line);
            }
            else if (fenced)
            {
                sb.Append(line);
            }
            else
            {
                var text = line.Replace("<", "&lt;", StringComparison.Ordinal);
                sb.Append(text.StartsWith('#') ? "###" + text : text);
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>A rule's doc page as HTML, through the one sanitiser.</summary>
    public static string ToHtml(string? markdown) => SafeMarkdown.ToHtml(markdown);

    /// <summary>
    /// Literal, one-line Markdown. A bare URL, <c>www.</c> address or e-mail address is put in a code
    /// span: GitHub (GFM) turns them into live links in plain text, and a link a submitter wrote
    /// must not become one a reviewer clicks in the report.
    /// </summary>
    public static string Escape(string? text)
    {
        var sb = new StringBuilder();
        var plain = text ?? "";
        var at = 0;
        foreach (System.Text.RegularExpressions.Match link in Linkable().Matches(plain))
        {
            EscapeText(sb, plain.AsSpan(at, link.Index - at));
            sb.Append('`').Append(link.Value).Append('`');
            at = link.Index + link.Length;
        }

        EscapeText(sb, plain.AsSpan(at));
        return sb.ToString();
    }

    private static void EscapeText(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
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
    }

    /// <summary>What GFM's extended autolinks pick out of text (http://, https://, ftp://, mailto:, xmpp:, www., an e-mail), up to a space, pipe, angle bracket or backtick.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?<![\w.+-])(?:(?:https?|ftp)://[^\s|<>`]+|(?:mailto|xmpp):[^\s|<>`]+|www\.[^\s|<>`]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Linkable();
}
