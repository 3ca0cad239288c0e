using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scriban.Runtime;

namespace GoalLint.Report.Templates;

/// <summary>
/// <c>md.escape</c> for templates: makes submission text literal in Markdown (and in the HTML a
/// Markdown renderer emits), and keeps it on one line so it cannot break a table row or a list.
/// <c>md.to_html</c> renders a rule's doc page for the HTML report: raw HTML in the page is shown
/// as text and links other than http(s), mailto and in-page anchors are dropped, because a pack
/// from outside the shipped ones is data, not markup to trust. <c>md.demote</c> nests a doc page
/// inside the Markdown report.
/// </summary>
public sealed class MarkdownFunctions : ScriptObject
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

    private static readonly MarkdownPipeline DocPipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string ToHtml(string? markdown)
    {
        var document = Markdig.Markdown.Parse(markdown ?? "", DocPipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        DocPipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static bool IsSafeUrl(string? url) =>
        url is null || url.StartsWith('#') ||
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

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
