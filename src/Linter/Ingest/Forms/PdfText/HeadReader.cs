using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.PdfText;

/// <summary>
/// Reads what sits above the indicator frame: the labelled header lines (项目名称 X), the
/// 实施周期 years, the budget (its amount may sit lines below its label), its parts (其中：财政资金 …, and
/// further sources such as 中央补助资金, set as every reader sets them) and the two goals.
/// </summary>
internal sealed partial class HeadReader(IReadOnlyList<PdfLine> lines, TableHeader header, IngestContext context)
{
    private readonly BudgetLines _budget = new(header);

    private enum GoalPart { None, Cycle, Annual }

    /// <summary>Fills header and goals from <paramref name="start"/>; returns the index of the first frame line.</summary>
    public static int Read(IReadOnlyList<PdfLine> lines, int start, int end, PerformanceTable table, IngestContext context) =>
        new HeadReader(lines, table.Header, context).ReadFrom(start, end, table.Goals);

    private int ReadFrom(int start, int end, Goals goals)
    {
        var part = GoalPart.None;
        var goal = new List<PdfLine>();
        var budgetOpen = false;
        var i = start;
        for (; i < end; i++)
        {
            var line = lines[i];
            var s = line.Squeezed;
            if (IsColumnHeader(s) || FrameLabels.StartsFrame(lines, i))
            {
                break;
            }

            if (PdfPage.IsFurniture(line) || s is "总体绩效目标" or "绩效目标")
            {
                continue;
            }

            var wholeLabel = s == "实施周期总目标" || AnnualGoalLabel().IsMatch(s);
            if (wholeLabel || line.Tokens[0].Text == "实施周期总目标" || AnnualGoalLabel().IsMatch(line.Tokens[0].Text))
            {
                Close(goals, part, goal);
                part = s.StartsWith("实施周期", StringComparison.Ordinal) ? GoalPart.Cycle : GoalPart.Annual;
                if (part == GoalPart.Annual)
                {
                    goals.AnnualGoalLabel = new TextField(wholeLabel ? s : line.Tokens[0].Text, line.At);
                }

                if (!wholeLabel && line.Rest(1) is { } rest)
                {
                    goal.Add(rest);
                }

                continue;
            }

            if (part != GoalPart.None)
            {
                goal.Add(line);
            }
            else if (budgetOpen && _budget.ReadPart(line))
            {
                budgetOpen = header.Budget is null;
            }
            else
            {
                budgetOpen = ReadHeaderLine(ref i, end);
            }
        }

        Close(goals, part, goal);
        return i < end && IsColumnHeader(lines[i].Squeezed) ? i + 1 : i;
    }

    /// <summary>一级指标 二级指标 三级指标 实施周期指标值 当年度指标值, the frame's column header.</summary>
    public static bool IsColumnHeader(string squeezed) =>
        squeezed.Contains("一级指标", StringComparison.Ordinal) && squeezed.Contains("三级指标", StringComparison.Ordinal);

    private static void Close(Goals goals, GoalPart part, List<PdfLine> text)
    {
        if (part != GoalPart.None && text.Count > 0)
        {
            var field = new TextField(CellText.JoinWrapped(text.Select(l => l.Text)), text[0].At);
            if (part == GoalPart.Cycle)
            {
                goals.CycleGoal = field;
            }
            else
            {
                goals.AnnualGoal = field;
            }
        }

        text.Clear();
    }

    /// <summary>Reads one labelled line, taking the rest of its block as wrapped value; true when a budget label still waits for its amount.</summary>
    private bool ReadHeaderLine(ref int i, int end)
    {
        var line = lines[i];
        var label = PartLabel(line.Tokens[0].Text);
        if (BudgetLines.IsLabel(line))
        {
            return _budget.ReadLabel(line);
        }

        if (label == "实施周期")
        {
            ReadCycle(line);
            return false;
        }

        var value = new List<PdfLine>();
        if (line.Rest(1) is { } rest)
        {
            value.Add(rest);
        }

        while (i + 1 < end && lines[i + 1].Line == lines[i].Line + 1 && !IsLabelLine(lines[i + 1]))
        {
            value.Add(lines[++i]);
        }

        if (value.Count > 0)
        {
            var text = new TextField(CellText.JoinWrapped(value.Select(v => v.Text)), value[0].At);
            if (HeaderFieldMap.Find(label) is not { } field || !(IsPart(field)
                ? !HeaderFieldMap.IsSet(header, field) && HeaderFieldMap.Set(header, field, new Cell(label, line.At), new Cell(text.Text, text.At), new GridHeaderValues(context, _budget.Unit))
                : HeaderFieldMap.SetText(header, field, text)))
            {
                header.Other.Add(new LabelledField(label, text));
            }
        }

        return false;
    }

    private static bool IsLabelLine(PdfLine line) =>
        HeaderFieldMap.Find(PartLabel(line.Tokens[0].Text)) is not null || BudgetLines.IsLabel(line);

    /// <summary>A part of the budget, in the budget's unit: 财政资金, 其他资金, a further source (中央补助资金).</summary>
    private static bool IsPart(HeaderField field) => field is HeaderField.FiscalFunds or HeaderField.OtherFunds or HeaderField.FundSource;

    /// <summary>The label without the 其中 that lists it as a part of the amount above (其中：财政资金).</summary>
    private static string PartLabel(string token) =>
        token.StartsWith("其中", StringComparison.Ordinal) && token.Length > 2 ? token[2..].TrimStart(':', '：') : token;

    /// <summary>实施周期 | 起始年度 2021 | 到期年度 2024, or a period after the label (2025年1月—2025年12月).</summary>
    private void ReadCycle(PdfLine line)
    {
        if (!line.Tokens.Any(t => t.Text.StartsWith("起始", StringComparison.Ordinal) || t.Text.StartsWith("到期", StringComparison.Ordinal)))
        {
            if (line.Rest(1) is { } period)
            {
                HeaderFieldMap.SetCycle(header, new TextField(period.Text, period.At));
            }

            return;
        }

        for (var t = 0; t + 1 < line.Tokens.Count; t++)
        {
            var next = line.Tokens[t + 1];
            if (!Year().IsMatch(next.Text))
            {
                continue;
            }

            var year = new NumberField(int.Parse(next.Text, CultureInfo.InvariantCulture), next.Text, next.At);
            if (line.Tokens[t].Text.StartsWith("起始", StringComparison.Ordinal))
            {
                header.CycleStartYear = year;
            }
            else if (line.Tokens[t].Text.StartsWith("到期", StringComparison.Ordinal))
            {
                header.CycleEndYear = year;
            }
        }
    }

    // Anchored at the start with no nested repetition: linear in the line, so no time-out (one would
    // turn a long line on a loaded machine into a reader failure, making the result depend on the load).
    [GeneratedRegex(@"^(\d{4}年度?|年度)(总体)?目标$")]
    private static partial Regex AnnualGoalLabel();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
