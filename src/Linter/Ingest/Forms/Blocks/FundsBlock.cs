using GoalLint.Shared.Messages;
using GoalLint.Ingest.Layouts.Common;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// A funds block under its column header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分):
/// one <see cref="FundLine"/> per labelled line, in the unit the header's label states (项目资金 (万元)).
/// </summary>
internal sealed class FundsBlock(PerformanceTable table, IngestContext context) : IFormBlock
{
    private static readonly string[] Headers = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    private Dictionary<string, int> _columns = [];
    private string _unit = "元";

    public bool Opens(Row row)
    {
        var labels = row.Cells.Select(c => LabelText.Key(c.Text)).ToArray();
        var columns = Headers.Select(h => (h, Array.IndexOf(labels, h))).Where(p => p.Item2 >= 0).ToDictionary(p => p.h, p => p.Item2);
        if (!columns.ContainsKey("全年预算数") && !columns.ContainsKey("年初预算数") || !columns.ContainsKey("全年执行数"))
        {
            return false;
        }

        var unitLabel = row.Filled.FirstOrDefault(c => Array.IndexOf(Headers, LabelText.Key(c.Text)) < 0)?.Text ?? "";
        (_columns, _unit) = (columns, GridNumbers.UnitIn(unitLabel));
        return true;
    }

    /// <summary>One line of the block; a line without a label is reported and skipped.</summary>
    public bool Read(Row row)
    {
        var firstValue = _columns.Values.Min();
        var label = row.Cells.Take(firstValue).LastOrDefault(c => !c.IsBlank);
        if (label is null)
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.funds-label", ("line", row.Line)), row.At, RowText.Joined(row));
            return true;
        }

        table.Funds.Add(new FundLine
        {
            Kind = Vocabulary.Current.FundLine(label.Text),
            Label = GridText.Field(label),
            InitialBudget = InColumn("年初预算数", GridNumbers.Number),
            AnnualBudget = InColumn("全年预算数", GridNumbers.Number),
            Executed = InColumn("全年执行数", GridNumbers.Number),
            Weight = InColumn("分值", GridNumbers.Number),
            ExecutionRate = InColumn("执行率", GridNumbers.Rate),
            Score = InColumn("得分", GridNumbers.Number),
            Unit = _unit,
        });
        return true;

        NumberField? InColumn(string header, Func<Cell?, IngestContext, NumberField?> read) =>
            _columns.TryGetValue(header, out var column) && column < row.Cells.Count ? read(row.Cells[column], context) : null;
    }

    public void Finish()
    {
    }
}
