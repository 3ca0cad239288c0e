using GoalLint.Shared.Json;
using System.Globalization;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Rules;
using GoalLint.Model;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Templates;

/// <summary>Builds the <see cref="ReportView"/> of a run: groups findings by file and table (each by location), scores tables.</summary>
public static class ReportViewBuilder
{
    public const string ScoreFormula = "100 − 20 × 错误数 − 5 × 警告数 − 1 × 提示数，最低为 0";

    public static ReportView Build(LintResult result, Triage? triage = null)
    {
        triage ??= Triage.None;
        var titles = result.Rules.Rules.ToDictionary(r => r.Rule.Id, r => r.Rule.ReportTitle, StringComparer.Ordinal);
        var docs = result.Rules.Rules.ToDictionary(r => r.Rule.Id, r => r.Rule.DocPath, StringComparer.Ordinal);
        var byFile = result.Findings.ToLookup(f => f.File, StringComparer.Ordinal);
        var files = result.Documents.OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select((d, i) => File(d, i, byFile[d.Path], titles, triage)).ToArray();
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
                .Select(g => new RuleView(g.Key, titles.GetValueOrDefault(g.Key, g.Key), g.First().Category, Name(g.First().Severity), g.First().HelpUri, g.Count(), RuleDoc.Read(docs.GetValueOrDefault(g.Key)))).ToArray(),
            Category.All.Where(c => result.Findings.Any(f => f.Category == c)).ToArray(),
            result.RuleFailures.Select(r => $"{r.RuleId} ({r.DefinedIn}): {r.Message}").ToArray(),
            result.Rules.ConfigNotices.Select(n => n.ToString()).ToArray());
    }

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
            result.Findings.GroupBy(f => f.Category).Select(g => new CountView(g.Key, g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToArray(),
            ScoreFormula);
    }

    private static FileView File(PerformanceDocument document, int fileIndex, IEnumerable<Finding> findings, IReadOnlyDictionary<string, string> titles, Triage triage)
    {
        var list = findings.OrderBy(f => f.At.Line).ThenBy(f => f.At.Column).ThenBy(f => f.At.Sheet, StringComparer.Ordinal)
            .ThenBy(f => f.At.Cell, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Fingerprint, StringComparer.Ordinal).ToArray();
        var tables = document.Tables.OrderBy(t => t.Index).Select(t =>
            Table(document, t, fileIndex, list.Where(f => f.Table?.Index == t.Index).Select(f => View(f, document, titles, triage)).ToArray())).ToArray();
        var fileLevel = list.Where(f => f.Table is null || !document.Tables.Any(t => t.Index == f.Table.Index));
        return new FileView(document.Path, document.Layout.ToString(), LayoutNames.Of(document.Layout), document.Format.ToString(), document.Encoding,
            fileLevel.Select(f => View(f, document, titles, triage)).ToArray(), tables);
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
            table.At.Line, table.Indicators.Count, Score(errors, warnings, infos), errors, warnings, infos, findings);
    }

    private static DepartmentView[] Departments(IEnumerable<TableView> tables) =>
        tables.GroupBy(t => t.DepartmentGroup, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentView(g.Key, g.Count(), g.Sum(t => t.Findings.Count), g.Sum(t => t.Errors), g.Sum(t => t.Warnings),
                (int)Math.Round(g.Average(t => t.Score), MidpointRounding.AwayFromZero)))
            .ToArray();

    private static FindingView View(Finding f, PerformanceDocument document, IReadOnlyDictionary<string, string> titles, Triage triage) => new(
        f.RuleId, titles.GetValueOrDefault(f.RuleId, f.RuleId), f.Category, Name(f.Severity), f.Message, f.Evidence, f.Suggestion,
        f.At.ToString(), f.Indicator is null ? null : string.Join(" › ", new[] { f.Indicator.Level1, f.Indicator.Level2, f.Indicator.Name }.Where(s => !string.IsNullOrWhiteSpace(s))),
        Row(f, document), f.HelpUri,
        string.Join("; ", f.Provenance.ChangedBy.Prepend($"{f.Provenance.Pack} ({f.Provenance.DefinedIn})")), f.Fingerprint,
        triage.WaiverFor(f) is { } w ? new WaiverView(w.Justification, w.ApprovedBy, w.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "") : null,
        [.. f.Related.Select(r => new RelatedView($"{r.File}({r.At})", r.Message))]);

    /// <summary>The indicator's source row, found by its 一级/二级/三级 (the same row when several share them).</summary>
    private static SourceRowView? Row(Finding f, PerformanceDocument document)
    {
        var table = document.Tables.FirstOrDefault(t => t.Index == f.Table?.Index);
        var candidates = table?.Indicators.Where(i => f.Indicator is not null && IndicatorReference.From(i) == f.Indicator && i.SourceRow is not null).ToArray() ?? [];
        var row = (candidates.FirstOrDefault(i => i.At.Line == f.At.Line) ?? candidates.FirstOrDefault())?.SourceRow;
        if (row is null)
        {
            return null;
        }

        var at = f.Evidence.Length == 0 ? -1 : row.IndexOf(f.Evidence, StringComparison.Ordinal);
        return at < 0 ? new SourceRowView(row, "", "") : new SourceRowView(row[..at], f.Evidence, row[(at + f.Evidence.Length)..]);
    }

    private static string? Text(TextField? field) => field is null || field.IsBlank ? null : field.Text;

    private static string Name(Severity severity) => severity.ToString().ToLower(CultureInfo.InvariantCulture);
}
