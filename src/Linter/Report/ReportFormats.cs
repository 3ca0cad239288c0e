using GoalLint.Report.Github;
using GoalLint.Report.Html;
using GoalLint.Report.Json;
using GoalLint.Report.Junit;
using GoalLint.Report.Markdown;
using GoalLint.Report.Sarif;
using GoalLint.Report.Text;

namespace GoalLint.Report;

/// <summary>
/// Every <see cref="IReportFormat"/>, by name. Listed rather than found by reflection: walking the
/// assembly's types loads every library a type names (Roslyn, ASP.NET Core, OpenXml), which cost a
/// one-file run more than its checks. A test keeps the list complete.
/// </summary>
public static class ReportFormats
{
    public static IReadOnlyDictionary<string, IReportFormat> All { get; } = new IReportFormat[]
    {
        new TextFormat(), new JsonFormat(), new MarkdownFormat(), new HtmlFormat(), new SarifFormat(), new JunitFormat(), new GithubFormat(),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);
}
