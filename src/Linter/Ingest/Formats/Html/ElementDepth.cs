namespace GoalLint.Ingest.Formats.Html;

/// <summary>
/// How deep a page nests its elements, counted from the text before it is parsed. The HTML parser walks its
/// stack of open elements (and its list of open formatting elements) for each new tag, so a page that opens
/// 100,000 &lt;div&gt; or &lt;b&gt; and never closes them costs the square of that (13–55 s of CPU in the parser
/// alone, minutes at 300,000), the parser cannot be stopped partway, and a tree that deep would exhaust the
/// stack of anything that walks it. A real page nests a few dozen deep.
/// </summary>
internal static class ElementDepth
{
    /// <summary>The deepest a page may nest; a page past it is not parsed.</summary>
    public const int Cap = 2_000;

    // Elements with no end tag, or whose end tag a page may leave out (the next cell, row, item or paragraph
    // closes them): left open, they do not nest.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNesting = new HashSet<string>(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
         "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
         "option", "optgroup", "rb", "rt", "rp", "rtc"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The line where the open elements first pass <see cref="Cap"/>, or null when they never do.</summary>
    public static int? LineOverCap(string text)
    {
        var (depth, line) = (0, 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
            else if (text[i] == '<' && Tag(text, i + 1) is { Name.Length: > 0 } tag && !NotNesting.Contains(tag.Name.Span))
            {
                // <div/> opens a div as <div> does: HTML ignores the slash on an element that is not void.
                depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > Cap)
                {
                    return line;
                }
            }
        }

        return null;
    }

    private readonly record struct TagName(bool Closing, ReadOnlyMemory<char> Name);

    /// <summary>The tag whose name starts at <paramref name="at"/> (after its &lt;), or an empty name where none does.</summary>
    private static TagName Tag(string text, int at)
    {
        var closing = at < text.Length && text[at] == '/';
        var start = closing ? at + 1 : at;
        var end = start;
        while (end < text.Length && end - start <= 10 && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end == start || !char.IsAsciiLetter(text[start]) || end < text.Length && !(text[end] is '>' or '/' || char.IsWhiteSpace(text[end])))
        {
            return default;
        }

        return new TagName(closing, text.AsMemory(start, end - start));
    }
}
