using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Shared.Messages;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Reads one project sheet of a budget text (项目绩效目标表): the title, the unit line (543001 某某局本级), 单位：万元, the
/// label/value rows (项目编号, 项目名称, 预算数, 其中：财政资金, 其他资金, 资金用途), the
/// 资金支出计划, the 绩效目标 and the indicator table.
/// </summary>
internal sealed class ProjectSheet(SourceText source, PerformanceTable table, bool readPlan, IngestContext context)
{
    private enum Pending { None, FundUse, Plan, Goal }

    /// <summary>The field a row with a blank first cell continues (资金用途 or 绩效目标), joined when the block ends.</summary>
    private readonly WrappedField _continued = new();
    private string _unit = SheetPreamble.DefaultUnit;
    private Pending _pending;
    private SpendingPlan? _plan;
    private IndicatorDescriptions? _indicators;

    public static PerformanceTable Read(SourceText source, SheetSpan span, BudgetCover cover, bool readPlan, IngestContext context)
    {
        var table = new PerformanceTable { Kind = TableKind.ProjectGoals, Layout = BudgetTextReader.Form };
        var reader = new ProjectSheet(source, table, readPlan, context);
        reader._unit = SheetPreamble.Read(source, span, table) ?? reader._unit;
        table.At = table.Title?.At ?? source.Rows[span.Anchor].At;
        table.Header.BudgetYear = cover.Year ?? SheetPreamble.TitleYear(table.Title) ?? table.Header.BudgetYear;
        for (var i = span.Anchor; i < span.End; i++)
        {
            context.CheckTime();
            if (reader.ReadAmountsUnder(i, span.End))
            {
                i++;
                continue;
            }

            reader.ReadRow(i);
        }

        reader.Pend(Pending.None);
        reader._indicators?.Close();

        table.EndLine = Enumerable.Range(span.Start, span.End - span.Start).LastOrDefault(i => !DocumentText.IsFiller(source.Lines[i]), span.Start) + 1;
        if (reader._indicators is null)
        {
            context.Report("missing-indicator-table", Message.Of("ingest.missing-indicator-table"), table.At, table.Title?.Text);
        }

        return table;
    }

    private void ReadRow(int index)
    {
        var row = source.Rows[index];
        if (DocumentText.IsFiller(source.Lines[index]))
        {
            return;
        }

        if (_indicators is not null)
        {
            _indicators.Add(row);
        }
        else if (DescribedColumns.FromHeader(row) is { } columns)
        {
            _indicators = new IndicatorDescriptions(columns, table, context);
        }
        else if (row.Cells.Count == 1)
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.project-text"), row.At, row.Raw);
        }
        else if (LabelText.Key(row[0]).Length == 0)
        {
            Continue(row);
        }
        else if (readPlan && SpendingPlan.IsHeader(row))
        {
            // A plan whose values sit on its own row (3月底 | 20% | 6月底 | 55% …) is read here; else its months wait for the values row.
            var whole = SpendingPlan.ReadPeriods(row, table.Header, context);
            _plan = whole ? null : SpendingPlan.Declare(row, table.Header);
            Pend(whole ? Pending.None : Pending.Plan);
        }
        else if (IsGoalRow(row))
        {
            table.Goals.AnnualGoalLabel = new TextField(CellText.Clean(row[0]), row.Cells[0].At);
            table.Goals.AnnualGoal = Filled(row);
            Pend(Pending.Goal);
        }
        else
        {
            ReadLabels(row);
        }
    }

    /// <summary>
    /// A row of amount labels over a row of amounts (预算数（万元） | 财政资金（万元） | 其他资金（万元） over 268.00 | 244.00 | 24.00),
    /// before the indicators: each amount is the field its label names. True when it read both rows.
    /// </summary>
    private bool ReadAmountsUnder(int index, int end)
    {
        if (_indicators is not null || AmountsUnder.At(source.Rows, index, end) is not { } amounts)
        {
            return false;
        }

        Pend(Pending.None);
        foreach (var (label, value, field) in amounts)
        {
            HeaderFieldMap.Set(table.Header, field, label, value, new UnwrappedHeaderValues(_unit, context));
        }

        return true;
    }

    /// <summary>The 绩效目标 row: its text is the table's one annual goal.</summary>
    public static bool IsGoalRow(Row row) => LabelText.Key(row[0]) is "绩效目标" or "年度绩效目标" or "年度目标";

    /// <summary>Moves to the next pending block: the continued field so far is written back, the next one's current text starts it.</summary>
    private void Pend(Pending next)
    {
        if (!_continued.IsEmpty)
        {
            if (_pending == Pending.FundUse)
            {
                table.Header.FundUse = _continued.ToField();
            }
            else
            {
                table.Goals.AnnualGoal = _continued.ToField();
            }

            _continued.Clear();
        }

        _pending = next;
        _continued.Add(next switch { Pending.FundUse => table.Header.FundUse, Pending.Goal => table.Goals.AnnualGoal, _ => null });
    }

    /// <summary>A row whose first cell is blank continues the block above it.</summary>
    private void Continue(Row row)
    {
        switch (_pending)
        {
            case Pending.FundUse:
                _continued.Add(Filled(row));
                break;
            case Pending.Plan:
                _plan!.Fill(row, table.Header, context);
                Pend(Pending.None);
                break;
            case Pending.Goal:
                _continued.Add(Filled(row));
                break;
            default:
                context.Report("unplaced-row", Message.Of("ingest.unplaced-row.no-label"), row.At, row.Raw);
                break;
        }
    }

    /// <summary>
    /// Label/value pairs (项目编号 | 1308… | 项目名称 | 2023 年…); a label followed by another label has its value on the next row.
    /// A group label before cells that label their own amounts (项目资金（万元） | 预算数：245 | 其中财政资金：210) gives its unit to them.
    /// </summary>
    private void ReadLabels(Row row)
    {
        Pend(Pending.None);
        IReadOnlyList<Cell> cells = row.Cells;
        var group = HeaderFieldMap.Find(row[0]);
        var labelled = FieldCells.Split(cells.Skip(1)).ToList();
        if (group is null or HeaderField.Funds && labelled.Count > cells.Count - 1 && labelled.Any(c => HeaderFieldMap.Find(c.Text) is { } f && HeaderFieldMap.HoldsAmount(f)))
        {
            _unit = Money.UnitIn(row[0]) ?? _unit;
            cells = labelled;
        }
        else if (group is null)
        {
            // A row that starts with a figure has no label to keep its values by: said, not kept under the figure.
            if (GridNumbers.IsNumberLike(row[0]))
            {
                context.Report("unplaced-row", Message.Of("ingest.unplaced-row.no-label"), row.At, row.Raw);
            }
            else if (Filled(row) is { } value)
            {
                table.Header.Other.Add(new LabelledField(LabelText.Key(row[0]), value));
            }

            return;
        }

        for (var k = 0; k < cells.Count; k++)
        {
            if (HeaderFieldMap.Find(cells[k].Text) is not { } field)
            {
                if (!cells[k].IsBlank)
                {
                    context.Report("unplaced-cell", Message.Of("ingest.unplaced-cell.no-label", ("text", cells[k].Text)), cells[k].At, row.Raw);
                }

                continue;
            }

            var next = k + 1;
            while (next < cells.Count && cells[next].IsBlank)
            {
                next++;
            }

            if (next < cells.Count && HeaderFieldMap.Find(cells[next].Text) is null)
            {
                var values = new UnwrappedHeaderValues(_unit, context);
                if (!HeaderFieldMap.Set(table.Header, field, cells[k], cells[next], values))
                {
                    table.Header.Other.Add(new LabelledField(LabelText.Key(cells[k].Text), values.Text(cells[next])));
                }

                k = next;
            }
            else if (field == HeaderField.FundUse)
            {
                Pend(Pending.FundUse);
            }
        }
    }

    /// <summary>The non-blank cells after the label, joined, located at the first of them.</summary>
    private static TextField? Filled(Row row)
    {
        var cells = row.Cells.Skip(1).Where(c => WrapSpaces.Remove(c.Text).Length > 0).ToList();
        return cells.Count == 0 ? null : new TextField(CellText.JoinWrapped(cells.Select(c => WrapSpaces.Remove(c.Text))), cells[0].At);
    }
}
