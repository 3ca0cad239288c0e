using GoalLint.Check.Engine;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Templates;

/// <summary>
/// A format rendered from a Scriban template: the shipped one in reports/, or a user's own
/// (<c>--template FILE</c>). Template errors surface as a located ConfigurationException.
/// </summary>
public abstract class TemplateFormat(string shippedTemplate, string? templateFile) : ITriagedFormat
{
    public abstract string Name { get; }

    public abstract string Extension { get; }

    /// <summary>The template used: the user's file, or the shipped one.</summary>
    public string TemplatePath => templateFile ?? TemplateFolder.Find(shippedTemplate);

    /// <summary>The same format with the user's template.</summary>
    public abstract TemplateFormat WithTemplate(string file);

    public string Render(LintResult result) => Render(result, Triage.None);

    public string Render(LintResult result, Triage triage) =>
        InertText.Visible(TemplateRenderer.Render(TemplatePath, templateFile ?? $"reports/{shippedTemplate}", ReportViewBuilder.Build(result, triage), Extras));

    /// <summary>Values this format adds for its template, from the template's text; none by default.</summary>
    protected virtual IReadOnlyDictionary<string, string> Extras(string templateSource) => new Dictionary<string, string>();
}
