using GoalLint.Shared.Messages;
using GoalLint.Ingest.Layouts.Common;
using GoalLint.Ingest.Layouts.Grid;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.ShenzhenSelfEvaluation;

/// <summary>Reads one 深圳 项目支出绩效自评表: header, 项目资金, 年度总体目标, 年度绩效指标, 总分.</summary>
internal static class ShenzhenTable
{
    private const string Annual = "annual";
    private const string Actual = "actual";
    private const string Weight = "weight";
    private const string Score = "score";
    private const string Deviation = "deviation";

    private static readonly ValueColumn[] ValueColumns =
    [
        new(Annual, CellKind.Text, l => l.EndsWith("指标值", StringComparison.Ordinal) || l is "年度目标值" or "预期值"),
        new(Actual, CellKind.Text, l => l.StartsWith("实际", StringComparison.Ordinal) || l.StartsWith("全年实际", StringComparison.Ordinal) || l == "实现值"),
        new(Weight, CellKind.Number, l => l is "分值" or "权重"),
        new(Score, CellKind.Number, l => l == "得分"),
        new(Deviation, CellKind.Text, l => l.Contains("原因", StringComparison.Ordinal)),
    ];

    private enum Section
    {
        Header,
        Funds,
        Goals,
        Indicators,
        Done,
    }

    public static bool IsTitle(Row row) => GridText.IsTitle(row, l => l.Contains("自评表", StringComparison.Ordinal));

    public static PerformanceTable Read(TableRows rows, IngestContext context)
    {
        var table = rows.NewTable(TableKind.SelfEvaluation, ShenzhenSelfEvaluationReader.Form);
        var reader = new State(table, context);
        foreach (var row in rows.Rows.Where(r => !r.IsBlank))
        {
            context.CheckTime();
            reader.Read(row);
        }

        reader.Finish();
        return table;
    }

    /// <summary>The reading position within one table; rows are read in order.</summary>
    private sealed class State(PerformanceTable table, IngestContext context)
    {
        private readonly IndicatorFrame _frame = new();
        private readonly WrappedField _expected = new();
        private readonly WrappedField _actual = new();
        private Section _section = Section.Header;
        private ShenzhenFunds? _funds;
        private IndicatorColumns? _columns;
        private (int Expected, int Actual) _goalColumns;

        public void Read(Row row)
        {
            var first = LabelText.Key(row.Filled.First().Text);
            if (IndicatorColumns.Find(row, ValueColumns) is { } columns)
            {
                (_columns, _section) = (columns, Section.Indicators);
            }
            else if (first is "总分" or "合计" or "总计")
            {
                ReadTotal(row);
            }
            else if (ShenzhenFunds.Find(row) is { } funds)
            {
                (_funds, _section) = (funds, Section.Funds);
            }
            else if (GoalColumns(row) is { } goals)
            {
                (_goalColumns, _section) = (goals, Section.Goals);
            }
            else
            {
                ReadInSection(row);
            }
        }

        public void Finish()
        {
            table.Goals.ExpectedGoal = _expected.ToField();
            table.Goals.ActualOutcome = _actual.ToField();
            table.Slots.AddRange(_frame.Slots);
            if (_section != Section.Done && table.Indicators.Count > 0)
            {
                context.Report("missing-total", Message.Of("ingest.missing-total"), new SourceLocation(table.EndLine, 1));
            }
        }

        private void ReadInSection(Row row)
        {
            switch (_section)
            {
                case Section.Indicators:
                    ReadIndicator(row);
                    break;
                case Section.Funds when _funds!.Read(row, context) is { } line:
                    table.Funds.Add(line);
                    break;
                case Section.Goals:
                    _expected.AddRange(GridText.Fields(row.Cells.Take(_goalColumns.Actual).Skip(_goalColumns.Expected)));
                    _actual.AddRange(GridText.Fields(row.Cells.Skip(Math.Max(_goalColumns.Actual, _goalColumns.Expected))));

                    break;
                case Section.Header:
                    HeaderLabels.Read(row, table.Header, context);
                    break;
                case Section.Done:
                    context.Report("unplaced-row", Message.Of("ingest.unplaced-row.after-total", ("line", row.Line)), row.At, RowText.Joined(row));
                    break;
            }
        }

        private void ReadIndicator(Row row) =>
            IndicatorRows.Add(row, _columns!, _frame, table, context, (indicator, cells) =>
            {
                indicator.AnnualValue = IndicatorRows.Value(cells.Value(Annual));
                indicator.ActualValue = IndicatorRows.Value(cells.Value(Actual));
                indicator.Weight = GridNumbers.Number(cells.Value(Weight), context);
                indicator.Score = GridNumbers.Number(cells.Value(Score), context);
                indicator.DeviationReason = cells.Value(Deviation) is { } reason ? GridText.Field(reason) : null;
            });

        /// <summary>总分 | … | 100 | 89.18 | —: the first two numbers are the total weight and score, wherever the export put them.</summary>
        private void ReadTotal(Row row)
        {
            var numbers = row.Filled.Skip(1).Where(c => GridNumbers.IsNumberLike(c.Text)).Select(c => GridNumbers.Number(c, context)).OfType<NumberField>().ToArray();
            table.TotalWeight = numbers.ElementAtOrDefault(0);
            table.TotalScore = numbers.ElementAtOrDefault(1);
            _section = Section.Done;
        }

        /// <summary>The columns of 预期目标 and 实际完成情况 when <paramref name="row"/> is the goals header.</summary>
        private static (int, int)? GoalColumns(Row row)
        {
            var labels = row.Cells.Select(c => LabelText.Key(c.Text)).ToList();
            var expected = labels.FindIndex(l => l is "预期目标" or "预期总体目标" or "年度预期目标");
            var actual = labels.FindIndex(l => l.StartsWith("实际完成", StringComparison.Ordinal));
            return expected >= 0 && actual > expected ? (expected, actual) : null;
        }
    }
}
