using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GoalLint.Report;

/// <summary>
/// The one sanitiser for Markdown that reports pass on to be rendered (a rule's doc page in the
/// HTML report, SARIF <c>help.markdown</c> that code scanning renders). Every URL — inline links,
/// autolinks, reference links and their definitions, images — must have an allowed scheme
/// (<c>https</c>, <c>http</c>, <c>mailto</c>) or be an in-page anchor; any other is replaced by
/// <c>#</c>. Raw HTML is shown as text, never passed through. A pack from outside the shipped ones
/// is data, not markup to trust.
/// </summary>
public static class SafeMarkdown
{
    private static readonly string[] Schemes = ["https", "http", "mailto"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().DisableHtml().Build();

    /// <summary>True for an in-page anchor or an absolute URL with an allowed scheme.</summary>
    public static bool IsSafeUrl(string? url)
    {
        var trimmed = url?.Trim() ?? "";
        return trimmed.Length == 0 || trimmed.StartsWith('#')
            || (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme, StringComparer.Ordinal) && !trimmed.Any(char.IsControl));
    }

    /// <summary>The page as HTML: unsafe URLs become <c>#</c>, raw HTML is escaped text.</summary>
    public static string ToHtml(string? markdown)
    {
        var document = Markdig.Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "#";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafeUrl(l.Url)))
        {
            link.Url = "#";
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>
    /// The page as Markdown for another renderer: each unsafe URL replaced by <c>#</c> where it is
    /// written, each raw HTML tag's <c>&lt;</c> escaped, the rest of the text as written.
    /// </summary>
    public static string ToMarkdown(string? markdown)
    {
        var text = markdown ?? "";
        var document = Markdig.Markdown.Parse(text, new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build());
        var edits = new List<(int Start, int End, string With)>();
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.Reference is null && !l.UrlSpan.IsEmpty && !IsSafeUrl(l.Url)))
        {
            edits.Add((link.UrlSpan.Start, link.UrlSpan.End, "#"));
        }

        foreach (var definition in document.Descendants<LinkReferenceDefinition>().Where(d => !d.UrlSpan.IsEmpty && !IsSafeUrl(d.Url)))
        {
            edits.Add((definition.UrlSpan.Start, definition.UrlSpan.End, "#"));
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafeUrl(l.Url)))
        {
            edits.Add((link.Span.Start, link.Span.Start, "\\"));
        }

        foreach (var span in document.Descendants<HtmlInline>().Select(h => h.Span).Concat(document.Descendants<HtmlBlock>().Select(b => b.Span)))
        {
            for (var i = span.Start; i <= span.End && i < text.Length; i++)
            {
                if (text[i] == '<')
                {
                    edits.Add((i, i, "\\"));
                }
            }
        }

        var sb = new StringBuilder(text);
        foreach (var (start, end, with) in edits.DistinctBy(e => e.Start).OrderByDescending(e => e.Start))
        {
            sb.Remove(start, end > start || with == "#" ? end - start + 1 : 0).Insert(start, with);
        }

        return sb.ToString();
    }
}
