using GoalLint.Report.Templates;

namespace GoalLint.Report.Markdown;

/// <summary>The Markdown audit report (reports/markdown.scriban): for reviewers, pull requests and CI job summaries.</summary>
public sealed class MarkdownFormat : TemplateFormat
{
    public MarkdownFormat()
        : this(null)
    {
    }

    public MarkdownFormat(string? templateFile, ReportSettings? settings = null)
        : base("markdown.scriban", templateFile, settings)
    {
    }

    public override string Name => "markdown";

    public override string Extension => ".md";

    public override TemplateFormat With(string? file, ReportSettings settings) => new MarkdownFormat(file, settings);
}
