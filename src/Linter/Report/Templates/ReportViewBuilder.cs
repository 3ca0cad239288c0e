using GoalLint.Shared.Json;
using System.Globalization;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Rules;
using GoalLint.Model;
using GoalLint.Report.Baseline;
using GoalLint.Shared.Messages;

namespace GoalLint.Report.Templates;

/// <summary>Builds the <see cref="ReportView"/> of a run: groups findings by file and table (each by location), scores tables.</summary>
public static class ReportViewBuilder
{
    public const string ScoreFormula = "100 − 20 × 错误数 − 5 × 警告数 − 1 × 提示数，最低为 0";

    public static ReportView Build(LintResult result, Triage? triage = null, ReportSettings? settings = null)
    {
        triage ??= Triage.None;
        settings ??= ReportSettings.Default;

        // The report reads the findings many times over: read a run's back from disk once, and hold them.
        result = result with { Findings = result.Findings.ToArray() };
        var titles = result.Rules.Rules.ToDictionary(r => r.Rule.Id, r => r.Rule.ReportTitle, StringComparer.Ordinal);
        var docs = result.Rules.Rules.ToDictionary(r => r.Rule.Id, r => r.Rule.DocPath, StringComparer.Ordinal);
        var byFile = result.Findings.ToLookup(f => f.File, StringComparer.Ordinal);
        var context = new ViewContext(titles, triage, settings.DocBase);
        var files = result.Documents.OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select((d, i) => File(d, i, byFile[d.Path], context)).ToArray();
        var tables = files.SelectMany(f => f.Tables).ToArray();
        return new ReportView(
            $"{Shared.Json.ToolInfo.Current.Name} {Shared.Json.ToolInfo.Current.Version}",
            result.Rules.Layers,
            Summary(result, tables, triage),
            tables.Where(t => t.Findings.Count > 0).OrderBy(t => t.Score).ThenByDescending(t => t.Findings.Count)
                .ThenBy(t => t.File, StringComparer.Ordinal).ThenBy(t => t.Index).Take(5).ToArray(),
            Departments(tables),
            files,
            result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RuleView(g.Key, titles.GetValueOrDefault(g.Key, g.Key), g.First().Category, Name(g.First().Severity), context.Link(g.First()), g.Count(),
                    RuleDoc.Read(docs.GetValueOrDefault(g.Key)), CategoryName(g.First().Category), DocLinks.Anchor(g.Key))).ToArray(),
            Category.All.Where(c => result.Findings.Any(f => f.Category == c)).ToArray(),
            result.RuleFailures.Select(r => Message.Of("report.rule-failure", ("rule", r.RuleId), ("file", r.DefinedIn), ("detail", r.Message)).ToString()).ToArray(),
            result.Rules.ConfigNotices.Select(n => n.ToString()).ToArray())
        {
            CategoryNames = Category.All.Where(c => result.Findings.Any(f => f.Category == c)).Select(c => new LabelView(c, CategoryName(c))).ToArray(),
        };
    }

    /// <summary>A category as reports name it (指标值不可核验 for vague-value), in the run's language.</summary>
    public static string CategoryName(string category) =>
        MessageCatalogue.Contains("category." + category) ? MessageCatalogue.Text("category." + category) : category;

    /// <summary>0–100 per <see cref="ScoreFormula"/>: an error costs a table far more than a remark.</summary>
    public static int Score(int errors, int warnings, int infos) => Math.Max(0, 100 - (20 * errors) - (5 * warnings) - infos);

    private static SummaryView Summary(LintResult result, IReadOnlyList<TableView> tables, Triage triage)
    {
        // A waived finding is shown, but counted apart (summary.waived), never as an error or warning.
        var gated = triage.Gated(result.Findings);
        int errors = gated.Count(f => f.Severity == Severity.Error), warnings = gated.Count(f => f.Severity == Severity.Warning), infos = gated.Count(f => f.Severity == Severity.Info);
        return new SummaryView(
            result.Documents.Count, tables.Count, tables.Sum(t => t.Indicators), result.Findings.Count, triage.Baselined,
            result.Findings.Count(f => triage.WaiverFor(f) is not null), triage.ExpiredWaivers, errors, warnings, infos,
            [new("error", errors), new("warning", warnings), new("info", infos)],
            result.Findings.GroupBy(f => f.Category).Select(g => new CountView(g.Key, g.Count()) { Label = CategoryName(g.Key) })
                .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToArray(),
            ScoreFormula);
    }

    private static FileView File(PerformanceDocument document, int fileIndex, IEnumerable<Finding> findings, ViewContext context)
    {
        var list = findings.OrderBy(f => f.At.Line).ThenBy(f => f.At.Column).ThenBy(f => f.At.Sheet, StringComparer.Ordinal)
            .ThenBy(f => f.At.Cell, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Fingerprint, StringComparer.Ordinal).ToArray();
        var tables = document.Tables.OrderBy(t => t.Index).Select(t =>
            Table(document, t, fileIndex, list.Where(f => f.Table?.Index == t.Index).Select(f => View(f, document, context)).ToArray())).ToArray();
        var fileLevel = list.Where(f => f.Table is null || !document.Tables.Any(t => t.Index == f.Table.Index));
        return new FileView(document.Path, document.Layout, LayoutNames.Of(document.Layout), document.Format.ToString(), document.Encoding,
            fileLevel.Select(f => View(f, document, context)).ToArray(), tables)
        {
            FormatName = MessageCatalogue.Text($"format.{document.Format}"),
        };
    }

    private static TableView Table(PerformanceDocument document, PerformanceTable table, int fileIndex, IReadOnlyList<FindingView> findings)
    {
        var h = table.Header;
        int errors = findings.Count(f => f.Severity == "error"), warnings = findings.Count(f => f.Severity == "warning");
        var infos = findings.Count - errors - warnings;
        return new TableView(
            $"t{fileIndex + 1}-{table.Index + 1}", document.Path, table.Index + 1, table.Kind.ToString(), Text(table.Title),
            Text(h.ProjectName), Text(h.ProjectCode), Text(h.SupervisingDepartment), Text(h.SpendingUnit), h.BudgetYear?.Raw,
            h.Budget is { } b ? $"{b.Raw} {b.Unit}" : null,
            h.CycleStartYear is { } s && h.CycleEndYear is { } e ? $"{s.Raw}–{e.Raw}" : null,
            table.At.Line, table.IndicatorCount, Score(errors, warnings, infos), errors, warnings, infos, findings)
        {
            Name = Text(h.ProjectName) ?? Text(table.Title) ?? Message.Of("report.table-fallback-name", ("index", table.Index + 1)).ToString(),
        };
    }

    private static DepartmentView[] Departments(IEnumerable<TableView> tables) =>
        tables.GroupBy(t => t.DepartmentGroup, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentView(g.Key, g.Count(), g.Sum(t => t.Findings.Count), g.Sum(t => t.Errors), g.Sum(t => t.Warnings),
                (int)Math.Round(g.Average(t => t.Score), MidpointRounding.AwayFromZero)))
            .ToArray();

    private static FindingView View(Finding f, PerformanceDocument document, ViewContext context) => new(
        f.RuleId, context.Titles.GetValueOrDefault(f.RuleId, f.RuleId), f.Category, Name(f.Severity), f.Message, f.Evidence, f.Suggestion,
        f.At.ToString(), f.Indicator is null ? null : string.Join(" › ", new[] { f.Indicator.Level1, f.Indicator.Level2, f.Indicator.Name }.Where(s => !string.IsNullOrWhiteSpace(s))),
        SourceExcerpt.For(f, document), context.Link(f),
        string.Join("; ", f.Provenance.ChangedBy.Prepend($"{f.Provenance.Pack} ({f.Provenance.DefinedIn})")), f.Fingerprint,
        context.Triage.WaiverFor(f) is { } w ? new WaiverView(w.Justification, w.ApprovedBy, w.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "") : null,
        [.. f.Related.Select(r => new RelatedView($"{r.File}({r.At})", r.Message))])
    {
        CategoryName = CategoryName(f.Category),
    };

    /// <summary>What every finding view of one report needs: rule titles, the triage, where rule docs are linked.</summary>
    private sealed record ViewContext(IReadOnlyDictionary<string, string> Titles, Triage Triage, string? DocBase)
    {
        public string Link(Finding f) => DocLinks.For(f.RuleId, f.Provenance.Pack, DocBase);
    }

    private static string? Text(TextField? field) => field is null || field.IsBlank ? null : field.Text;

    private static string Name(Severity severity) => severity.ToString().ToLower(CultureInfo.InvariantCulture);
}
