using GoalLint.Report.Templates;

namespace GoalLint.Report.Html;

/// <summary>The HTML audit report (reports/html.scriban): one self-contained file that works offline.</summary>
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
}
