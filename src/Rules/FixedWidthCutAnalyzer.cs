using System.Globalization;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// Finds a document whose export cut every long cell at the same display width: in one column
/// (param columns: names, targets, actual values, descriptions, deviation reasons) many cells reach the same widest
/// width and none goes past it, where hand-written text would trail off in a long tail. By
/// default one finding per document, at the first cell that reaches the limit, quoting a few cut
/// cells: the fix is one re-export. With each-cell, every cell at the limit is reported: a cut
/// 绩效指标描述 loses what that indicator is measured against, cell by cell, except one that ends on a
/// word that closes it (param whole-endings). A column whose cells at the limit mostly end on such a word
/// (param max-whole-share) is a form of uniform, finished names (立项依据充分性, 绩效目标合理性), not a cut; param min-cells
/// counts different texts at the limit, so one note copied into every row is not taken for many cut cells.
/// Param measures says how the export counts: display width (a Chinese character takes two) and/or characters.
/// </summary>
public sealed class FixedWidthCutAnalyzer : IDocumentAnalyzer, IParameterCheck
{
    /// <summary>A column or measure id the analyzer does not know is a load error: it would otherwise judge nothing, silently.</summary>
    public IEnumerable<(string Param, string Problem)> Problems(RuleParameters parameters) =>
        Unknown(parameters, "columns", Known.Keys).Concat(Unknown(parameters, "measures", Measures.Select(m => m.Id)));

    private static IEnumerable<(string Param, string Problem)> Unknown(RuleParameters parameters, string param, IEnumerable<string> ids) =>
        parameters.Words(param).Where(id => !ids.Contains(id)).Select(id => (param, $"'{id}' is not one of: {string.Join(", ", ids)}"));

    public void Analyze(AnalysisContext context)
    {
        var minWidth = (int)context.Params.Number("min-width", 10m);
        var minCells = (int)context.Params.Number("min-cells", 8m);
        var minShare = context.Params.Number("min-share", 0.15m);
        var wanted = context.Params.Words("columns") is { Count: > 0 } listed ? listed : DefaultColumns;
        var eachCell = context.Params.Flag("each-cell", false);
        var wholeEndings = context.Params.Words("whole-endings");
        var maxWholeShare = context.Params.Number("max-whole-share", 1m);
        var measures = context.Params.Words("measures") is { Count: > 0 } named ? Measures.Where(m => named.Contains(m.Id)).ToArray() : Measures[..1];
        foreach (var document in context.Documents)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var cut = Columns(document, wanted)
                .Select(column => measures.Select(m => Limit(column.Label, column.Cells, m)).MaxBy(c => c.AtLimit.Length))
                .Where(c => c.Width * c.Measure.Columns >= minWidth && DistinctTexts(c.AtLimit) >= minCells && c.AtLimit.Length >= minShare * c.Total)
                .Where(c => c.AtLimit.Count(cell => EndsWhole(cell, wholeEndings)) <= maxWholeShare * c.AtLimit.Length)
                .ToArray();
            if (cut.Length == 0)
            {
                continue;
            }

            if (eachCell)
            {
                foreach (var (label, measure, width, atLimit, _) in cut)
                {
                    // A cell at the limit that ends on what it measures or on its basis (…的比例, …为准) reads as finished: it just fit.
                    foreach (var cell in atLimit.Where(c => !EndsWhole(c, wholeEndings)))
                    {
                        context.ReportOn(document, cell.Table, cell.Field.At, cell.Field.Text, cell.Indicator, Values(
                            ("fields", label),
                            ("width", width.ToString(CultureInfo.InvariantCulture)),
                            ("limit", string.Format(CultureInfo.InvariantCulture, measure.Limit, width)),
                            ("count", atLimit.Length.ToString(CultureInfo.InvariantCulture)),
                            ("examples", $"「{cell.Field.Text.Trim()}」")));
                    }
                }

                continue;
            }

            var first = cut.SelectMany(c => c.AtLimit).OrderBy(c => c.Field.At.Line).ThenBy(c => c.Field.At.Column).First();
            var examples = cut.SelectMany(c => c.AtLimit).Select(c => c.Field.Text.Trim()).Distinct().Take(4);
            context.ReportOn(document, first.Table, first.Field.At, first.Field.Text, first.Indicator, Values(
                ("fields", string.Join("、", cut.Select(c => c.Label))),
                ("width", string.Join("/", cut.Select(c => c.Width).Distinct().Select(w => w.ToString(CultureInfo.InvariantCulture)))),
                ("count", cut.Sum(c => c.AtLimit.Length).ToString(CultureInfo.InvariantCulture)),
                ("examples", string.Join("、", examples.Select(e => $"「{e}」")))));
        }
    }

    /// <summary>One text copied into every row (the same 数据来源 note under each indicator) is one text that fit, not many cut ones.</summary>
    private static int DistinctTexts(Cell[] cells) => cells.Select(c => c.Field.Text.Trim()).Distinct(StringComparer.Ordinal).Count();

    private static bool EndsWhole(Cell cell, IReadOnlyList<string> wholeEndings)
    {
        var text = cell.Field.Text.AsSpan().TrimEnd();
        foreach (var ending in wholeEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DefaultColumns = ["name", "annual-value", "cycle-value", "actual-value"];

    /// <summary>
    /// How an export may count a cell's size (param measures): display columns, where a Chinese character
    /// takes two and one that does not fit leaves the cell a column short; or characters, cut exactly.
    /// Columns says how many display columns one unit is, for min-width.
    /// </summary>
    private static readonly SizeMeasure[] Measures =
    [
        new("display-width", c => c.Width, Slack: 1, Columns: 1, Limit: "{0} 个半角字符宽度"),
        new("characters", c => c.Length, Slack: 0, Columns: 2, Limit: "{0} 个字"),
    ];

    private sealed record SizeMeasure(string Id, Func<Cell, int> Size, int Slack, int Columns, string Limit);

    /// <summary>A column's widest size by one measure and the cells at it (or within its slack).</summary>
    private static (string Label, SizeMeasure Measure, int Width, Cell[] AtLimit, int Total) Limit(string label, Cell[] cells, SizeMeasure measure)
    {
        var width = cells.Max(measure.Size);
        return (label, measure, width, cells.Where(c => measure.Size(c) >= width - measure.Slack).ToArray(), cells.Length);
    }

    /// <summary>The columns the param columns may name: id → the reviewer's label and the cell it reads.</summary>
    private static readonly Dictionary<string, (string Label, Func<Indicator, TextField?> Read)> Known = new(StringComparer.Ordinal)
    {
        ["name"] = ("三级指标名称", i => i.Name),
        ["annual-value"] = ("年度指标值", i => i.AnnualValue?.Raw),
        ["cycle-value"] = ("实施周期指标值", i => i.CycleValue?.Raw),
        ["actual-value"] = ("实际完成值", i => i.ActualValue?.Raw),
        ["description"] = ("绩效指标描述（指标解释）", i => i.Description),
        ["deviation-reason"] = ("偏差原因分析及改进措施", i => i.DeviationReason),
    };

    private static IEnumerable<(string Label, Cell[] Cells)> Columns(PerformanceDocument document, IReadOnlyList<string> wanted)
    {
        var rows = document.Tables.SelectMany(t => t.Indicators.Where(i => !i.NotApplicable).Select(i => (Table: t, Indicator: i))).ToArray();
        foreach (var (label, read) in wanted.Select(id => Known[id]))
        {
            var cells = rows.Select(r => read(r.Indicator) is { IsBlank: false } f ? new Cell(r.Table, r.Indicator, f, DisplayWidth(f.Text.Trim()), f.Text.Trim().Length) : null)
                .OfType<Cell>().ToArray();
            if (cells.Length > 0)
            {
                yield return (label, cells);
            }
        }
    }

    /// <summary>Columns as an export counts them: CJK and full-width characters take two.</summary>
    private static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is >= '\u1100' and (<= '\u115F' or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')) ? 2 : 1;
        }

        return width;
    }

    private sealed record Cell(PerformanceTable Table, Indicator Indicator, TextField Field, int Width, int Length);
}
