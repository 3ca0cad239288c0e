using GoalLint.Report.Templates;

namespace GoalLint.Report.Html;

/// <summary>
/// The HTML audit report (reports/html.scriban): one self-contained file that works offline. Its
/// Content-Security-Policy allows only the template's own scripts, by hash
/// (<c>{{ script_hashes }}</c>): a script that reached the page any other way does not run.
/// </summary>
public sealed class HtmlFormat : TemplateFormat
{
    public HtmlFormat()
        : this(null)
    {
    }

    public HtmlFormat(string? templateFile, ReportSettings? settings = null)
        : base("html.scriban", templateFile, settings)
    {
    }

    public override string Name => "html";

    public override string Extension => ".html";

    public override TemplateFormat With(string? file, ReportSettings settings) => new HtmlFormat(file, settings);

    protected override IReadOnlyDictionary<string, string> Extras(string templateSource) =>
        new Dictionary<string, string> { ["script_hashes"] = ScriptHashes.Of(templateSource) };
}
