using System.Globalization;
using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// Finds a document whose export cut every long cell at the same display width: in one column
/// (names, targets or actual values) many cells reach the same widest width and none goes past
/// it, where hand-written text would trail off in a long tail. One finding per document, at the
/// first cell that reaches the limit, quoting a few cut cells: the fix is one re-export.
/// </summary>
public sealed class FixedWidthCutAnalyzer : IDocumentAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var minWidth = (int)context.Params.Number("min-width", 10m);
        var minCells = (int)context.Params.Number("min-cells", 8m);
        var minShare = context.Params.Number("min-share", 0.15m);
        foreach (var document in context.Documents)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var cut = Columns(document)
                .Select(column => (column.Label, Width: column.Cells.Max(c => c.Width), column.Cells))
                .Select(c => (c.Label, c.Width, AtLimit: c.Cells.Where(cell => cell.Width >= c.Width - 1).ToArray(), Total: c.Cells.Length))
                .Where(c => c.Width >= minWidth && c.AtLimit.Length >= minCells && c.AtLimit.Length >= minShare * c.Total)
                .ToArray();
            if (cut.Length == 0)
            {
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

    private static IEnumerable<(string Label, Cell[] Cells)> Columns(PerformanceDocument document)
    {
        var rows = document.Tables.SelectMany(t => t.Indicators.Where(i => !i.NotApplicable).Select(i => (Table: t, Indicator: i))).ToArray();
        (string, Func<Indicator, TextField?>)[] columns =
        [
            ("三级指标名称", i => i.Name),
            ("年度指标值", i => i.AnnualValue?.Raw),
            ("实施周期指标值", i => i.CycleValue?.Raw),
            ("实际完成值", i => i.ActualValue?.Raw),
        ];
        foreach (var (label, read) in columns)
        {
            var cells = rows.Select(r => read(r.Indicator) is { IsBlank: false } f ? new Cell(r.Table, r.Indicator, f, DisplayWidth(f.Text.Trim())) : null)
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

    private sealed record Cell(PerformanceTable Table, Indicator Indicator, TextField Field, int Width);
}
