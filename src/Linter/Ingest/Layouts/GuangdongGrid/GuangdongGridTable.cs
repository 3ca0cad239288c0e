using GoalLint.Shared.Messages;
using System.Text.RegularExpressions;
using GoalLint.Ingest.Layouts.Common;
using GoalLint.Ingest.Layouts.Grid;
using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.GuangdongGrid;

/// <summary>Reads one 广东 项目绩效目标表 from its rows: header, goals, indicators, in that order.</summary>
internal static partial class GuangdongGridTable
{
    private const string Cycle = "cycle";
    private const string Annual = "annual";

    /// <summary>实施周期指标值, and 当年度指标值 with its variants (年度指标值, 2023年度指标值, 指标值).</summary>
    private static readonly ValueColumn[] ValueColumns =
    [
        new(Cycle, CellKind.Text, IsCycleValueHeader),
        new(Annual, CellKind.Text, l => l.EndsWith("指标值", StringComparison.Ordinal) && !IsCycleValueHeader(l)),
    ];

    public static bool IsTitle(Row row) =>
        GridText.IsTitle(row, l => l.Contains("绩效目标表", StringComparison.Ordinal) || l.Contains("绩效目标申报表", StringComparison.Ordinal));

    public static PerformanceTable Read(TableRows rows, IngestContext context)
    {
        var table = rows.NewTable(TableKind.ProjectGoals, GuangdongGridReader.Form);
        var frame = new IndicatorFrame();
        IndicatorColumns? columns = null;
        WrappedField? cycleGoal = null, annualGoal = null, goal = null;
        foreach (var row in rows.Rows.Where(r => !r.IsBlank))
        {
            context.CheckTime();
            if (IndicatorColumns.Find(row, ValueColumns) is { } header)
            {
                columns = header;
            }
            else if (columns is not null)
            {
                IndicatorRows.Add(row, columns, frame, table, context, ReadValues);
            }
            else if (GoalLabel(row) is { } label)
            {
                goal = label.IsCycle ? cycleGoal = new WrappedField() : annualGoal = new WrappedField();
                if (!label.IsCycle)
                {
                    table.Goals.AnnualGoalLabel = GridText.Field(label.Cell);
                }

                goal.AddRange(GridText.Fields(row.Filled.SkipWhile(c => c != label.Cell).Skip(1)));
            }
            else if (goal is not null && !row.Filled.Any(c => HeaderFieldMap.Find(c.Text) is not null))
            {
                goal.AddRange(GridText.Fields(row.Filled.Where(c => !IsGoalSection(c))));
            }
            else
            {
                HeaderLabels.Read(row, table.Header, context);
            }
        }

        table.Goals.CycleGoal = cycleGoal?.ToField();
        table.Goals.AnnualGoal = annualGoal?.ToField();
        table.Slots.AddRange(frame.Slots);
        if (columns is null)
        {
            context.Report("no-indicators", Message.Of("ingest.no-indicators"), table.At);
        }

        return table;
    }

    /// <summary>实施周期指标值 and 当年度指标值, kept as written for the normaliser.</summary>
    private static void ReadValues(Indicator indicator, FittedRow cells)
    {
        indicator.CycleValue = IndicatorRows.Value(cells.Value(Cycle));
        indicator.AnnualValue = IndicatorRows.Value(cells.Value(Annual));
    }

    /// <summary>The goal label a row carries: 实施周期总目标, or 2023年度目标 and its variants.</summary>
    private static (Cell Cell, bool IsCycle)? GoalLabel(Row row)
    {
        foreach (var cell in row.Filled)
        {
            var label = LabelText.Key(cell.Text);
            if (CycleGoalLabel().IsMatch(label))
            {
                return (cell, true);
            }

            if (AnnualGoalLabel().IsMatch(label))
            {
                return (cell, false);
            }
        }

        return null;
    }

    /// <summary>The merged section cell (总体绩效目标) some exports repeat beside goal text.</summary>
    private static bool IsGoalSection(Cell cell) => LabelText.Key(cell.Text) is "总体绩效目标" or "绩效目标" or "项目绩效目标";

    private static bool IsCycleValueHeader(string label) =>
        label.StartsWith("实施周期", StringComparison.Ordinal) && (label.EndsWith("指标值", StringComparison.Ordinal) || label.EndsWith("目标值", StringComparison.Ordinal));

    [GeneratedRegex("^(实施周期(总|绩效)?目标|总目标)$")]
    private static partial Regex CycleGoalLabel();

    [GeneratedRegex("^((19|20)\\d{2}年度?|当?年度)(绩效)?目标$")]
    private static partial Regex AnnualGoalLabel();
}
