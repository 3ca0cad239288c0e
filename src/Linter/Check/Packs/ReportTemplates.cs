namespace GoalLint.Check.Packs;

/// <summary>
/// A profile's or config's own report templates (<c>templates: { markdown: FILE, html: FILE }</c>),
/// relative to the file that names them: a city publishes its audit in its own layout.
/// </summary>
public sealed class ReportTemplates
{
    public string? Markdown { get; set; }

    public string? Html { get; set; }

    /// <summary>The templates named, by report format name.</summary>
    public IEnumerable<(string Format, string File)> ByFormat()
    {
        if (Markdown is not null)
        {
            yield return ("markdown", Markdown);
        }

        if (Html is not null)
        {
            yield return ("html", Html);
        }
    }
}
