using GoalLint.Shared.Messages;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// A funds block under its column header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分):
/// one <see cref="FundLine"/> per labelled line, in the unit the header's label states (项目资金 (万元)).
/// A header whose labels carry their own amounts (年度预算（万元） | 全年预算数 | 4860 | 全年执行数 | 4714.2, then
/// 预算执行率 | 97.0% | 分值 | 10 | 得分 | 9.7) is the budget's one line, its rate and points on the rows after it.
/// </summary>
internal sealed class FundsBlock(PerformanceTable table, IngestContext context) : IFormBlock
{
    private static readonly string[] Headers = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    /// <summary>Other spellings of a column header: a 部门整体 self-evaluation heads its one budget column 年度预算数.</summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal) { ["年度预算数"] = "全年预算数" };

    /// <summary>A header cell is short even with markup (<b>全年执行数</b>); longer text is not looked at.</summary>
    private const int MaxLabel = 40;

    private Dictionary<string, int> _columns = [];
    private string _unit = "元";

    /// <summary>The one line of a block whose labels carry their amounts; null for a block under a column header.</summary>
    private FundLine? _paired;

    public bool Opens(Row row)
    {
        // Every row is asked: the header's labels are looked for before anything is built.
        if (Column(row, "全年执行数") < 0 || Column(row, "全年预算数") < 0 && Column(row, "年初预算数") < 0)
        {
            return false;
        }

        _columns = Headers.Select(h => (h, Column(row, h))).Where(p => p.Item2 >= 0).ToDictionary(p => p.h, p => p.Item2);
        var label = row.Filled.FirstOrDefault(c => Array.IndexOf(Headers, HeaderOf(c.Text)) < 0);
        // The unit is the label's (项目资金（万元）), else the column headers' own (年度预算数（万元） | 全年执行数（万元）).
        _unit = GridNumbers.UnitIn(label?.Text is { } text && GoalLint.Shared.Money.UnitIn(text) is not null ? text
            : _columns.Values.Select(c => row.Cells[c].Text).FirstOrDefault(t => GoalLint.Shared.Money.UnitIn(t) is not null) ?? "");
        _paired = null;
        if (Paired(row, "全年执行数") is { } executed)
        {
            _paired = new FundLine
            {
                Kind = FundLineKind.Total,
                Label = label is null ? new TextField("全年预算数", row.At) : GridText.Field(label),
                InitialBudget = GridNumbers.Number(Paired(row, "年初预算数"), context),
                AnnualBudget = GridNumbers.Number(Paired(row, "全年预算数"), context),
                Executed = GridNumbers.Number(executed, context),
                Unit = _unit,
            };
            table.Funds.Add(_paired);
        }

        return true;
    }

    /// <summary>The number in the cell right after <paramref name="header"/>'s label (全年执行数 | 4714.2), or null when a label or nothing follows it.</summary>
    private Cell? Paired(Row row, string header) =>
        _columns.TryGetValue(header, out var column) && column + 1 < row.Cells.Count && !row.Cells[column + 1].IsBlank
        && GridNumbers.IsNumberLike(row.Cells[column + 1].Text) ? row.Cells[column + 1] : null;

    /// <summary>A row after a block whose labels carry their amounts: the rate and points it labels (预算执行率 | 97.0% | 分值 | 10 | 得分 | 9.7); false when it labels none.</summary>
    private bool ReadPaired(Row row, FundLine line)
    {
        var read = false;
        for (var i = 0; i + 1 < row.Cells.Count; i++)
        {
            var value = row.Cells[i + 1];
            switch (LabelText.Key(row.Cells[i].Text))
            {
                case "执行率" or "预算执行率":
                    line.ExecutionRate = GridNumbers.Rate(value, context);
                    read = true;
                    break;
                case "分值":
                    line.Weight = GridNumbers.Points(value, context);
                    read = true;
                    break;
                case "得分":
                    line.Score = GridNumbers.Points(value, context);
                    read = true;
                    break;
            }
        }

        return read;
    }

    private static int Column(Row row, string label)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (row.Cells[i].Text.Length <= MaxLabel && HeaderOf(row.Cells[i].Text) == label)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A header cell's column, by its label key (a unit tag dropped: 全年执行数（万元）) or another spelling of it.</summary>
    private static string HeaderOf(string text) => LabelKey.Of(text) is var key && Spellings.TryGetValue(key, out var header) ? header : key;

    /// <summary>
    /// One line of the block; a line without a label is reported and skipped. A goal's label (年度总体目标 under
    /// the funds, its 预期目标 and 实际完成情况 texts in the amount columns, or 年度总体目标：… in one cell) is no funds line:
    /// the block leaves it to the header.
    /// </summary>
    public bool Read(Row row)
    {
        if (_paired is not null)
        {
            return ReadPaired(row, _paired);
        }

        var firstValue = _columns.Values.Min();
        var label = row.Cells.Take(firstValue).LastOrDefault(c => !c.IsBlank);
        if (label is null && firstValue == 0 && table.Funds.Count == 0 && GridNumbers.IsNumberLike(row.Cells[0].Text))
        {
            // A header with no label column (年度预算数（万元） | 全年执行数（万元） | 执行率 …) heads the budget's one line of amounts.
            table.Funds.Add(Line(row, FundLineKind.Total, new TextField("全年预算数", row.At)));
            return true;
        }

        if (label is null)
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.funds-label", ("line", row.Line)), row.At, RowText.Joined(row));
            return true;
        }

        if (row.Cells.FirstOrDefault(c => !c.IsBlank) is { } first && Vocabulary.Current.GoalOf(LabelBefore(first.Text)) is not null)
        {
            return false;
        }

        table.Funds.Add(Line(row, Vocabulary.Current.FundLine(label.Text), GridText.Field(label)));
        return true;
    }

    private FundLine Line(Row row, FundLineKind kind, TextField label)
    {
        return new FundLine
        {
            Kind = kind,
            Label = label,
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

    /// <summary>The label of a cell that writes 标签：值 in one (年度总体目标：完成…), else the cell's text.</summary>
    private static string LabelBefore(string text) =>
        text.IndexOfAny(LabelText.Colons) is var colon and > 0 && colon <= MaxLabel ? text[..colon] : text;

    public void Finish()
    {
    }
}
