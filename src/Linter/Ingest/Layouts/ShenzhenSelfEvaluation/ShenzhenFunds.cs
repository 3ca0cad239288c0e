using GoalLint.Shared.Messages;
using GoalLint.Ingest.Layouts.Common;
using GoalLint.Ingest.Layouts.Grid;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.ShenzhenSelfEvaluation;

/// <summary>The 项目资金 block: its column header row, then one <see cref="FundLine"/> per labelled line.</summary>
internal sealed class ShenzhenFunds
{
    private static readonly string[] Headers = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    private readonly Dictionary<string, int> _columns;
    private readonly string _unit;

    private ShenzhenFunds(Dictionary<string, int> columns, string unit)
    {
        _columns = columns;
        _unit = unit;
    }

    /// <summary>The block's columns when <paramref name="row"/> is its header (年初预算数 | 全年预算数 | 全年执行数 …).</summary>
    public static ShenzhenFunds? Find(Row row)
    {
        var labels = row.Cells.Select(c => LabelText.Key(c.Text)).ToArray();
        var columns = Headers.Select(h => (h, Array.IndexOf(labels, h))).Where(p => p.Item2 >= 0).ToDictionary(p => p.h, p => p.Item2);
        if (!columns.ContainsKey("全年预算数") && !columns.ContainsKey("年初预算数") || !columns.ContainsKey("全年执行数"))
        {
            return null;
        }

        var unitLabel = row.Filled.FirstOrDefault(c => Array.IndexOf(Headers, LabelText.Key(c.Text)) < 0)?.Text ?? "";
        return new ShenzhenFunds(columns, GridNumbers.UnitIn(unitLabel));
    }

    /// <summary>One line of the block; a line without a label is reported and skipped.</summary>
    public FundLine? Read(Row row, IngestContext context)
    {
        var firstValue = _columns.Values.Min();
        var label = row.Cells.Take(firstValue).LastOrDefault(c => !c.IsBlank);
        if (label is null)
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.funds-label", ("line", row.Line)), row.At, RowText.Joined(row));
            return null;
        }

        return new FundLine
        {
            Kind = KindOf(LabelText.Key(label.Text)),
            Label = GridText.Field(label),
            InitialBudget = InColumn("年初预算数", GridNumbers.Number),
            AnnualBudget = InColumn("全年预算数", GridNumbers.Number),
            Executed = InColumn("全年执行数", GridNumbers.Number),
            Weight = InColumn("分值", GridNumbers.Number),
            ExecutionRate = InColumn("执行率", GridNumbers.Rate),
            Score = InColumn("得分", GridNumbers.Number),
            Unit = _unit,
        };

        NumberField? InColumn(string header, Func<Cell?, IngestContext, NumberField?> read) =>
            _columns.TryGetValue(header, out var column) && column < row.Cells.Count ? read(row.Cells[column], context) : null;
    }

    private static FundLineKind KindOf(string label)
    {
        label = label.StartsWith("其中", StringComparison.Ordinal) ? label[2..].TrimStart('：', ':') : label;
        return label switch
        {
            _ when label.Contains("总额") || label.Contains("合计") || label.Contains("总计") => FundLineKind.Total,
            _ when label.Contains("财政拨款") => FundLineKind.CurrentAppropriation,
            _ when label.Contains("上年结转") => FundLineKind.CarriedOver,
            "其他资金" => FundLineKind.Other,
            _ => FundLineKind.Named,
        };
    }
}
