using GoalLint.Check.Engine;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Templates;

/// <summary>
/// A format rendered from a Scriban template: the shipped one in reports/, or a user's own
/// (<c>--template FILE</c>). Template errors surface as a located ConfigurationException.
/// </summary>
public abstract class TemplateFormat(string shippedTemplate, string? templateFile, ReportSettings? settings) : ITriagedFormat
{
    /// <summary>Where rule docs are linked, how the run ended.</summary>
    public ReportSettings Settings { get; } = settings ?? ReportSettings.Default;

    public abstract string Name { get; }

    public abstract string Extension { get; }

    /// <summary>Findings quote the row they sit in (<see cref="SourceExcerpt"/>).</summary>
    public bool ReadsSourceRows => true;

    /// <summary>The template used: the user's file, or the shipped one.</summary>
    public string TemplatePath => templateFile ?? TemplateFolder.Find(shippedTemplate);

    /// <summary>The same format with the user's template.</summary>
    public TemplateFormat WithTemplate(string file) => With(file, Settings);

    /// <summary>The same format with a template (null: the shipped one) and settings.</summary>
    public abstract TemplateFormat With(string? file, ReportSettings settings);

    public string Render(LintResult result) => Render(result, Triage.None);

    public string Render(LintResult result, Triage triage) =>
        InertText.Visible(TemplateRenderer.Render(TemplatePath, templateFile ?? $"reports/{shippedTemplate}", ReportViewBuilder.Build(result, triage, Settings), Extras));

    /// <summary>Values this format adds for its template, from the template's text; none by default.</summary>
    protected virtual IReadOnlyDictionary<string, string> Extras(string templateSource) => new Dictionary<string, string>();
}
