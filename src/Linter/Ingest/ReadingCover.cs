using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>
/// How much of a source one reading covers, by what the text says: the distinct source cells it put
/// in a place the model knows (a header field, a goal, an indicator's cell, a fund or task line),
/// less the cells and rows it said it could not place. Text kept only as a plain labelled field
/// (<see cref="TableHeader.Other"/>) is not counted: it was kept, not understood. Two readers that
/// both claim a file are compared by it (<see cref="LayoutChoice"/>), not by the words that made
/// them match.
/// </summary>
internal static class ReadingCover
{
    /// <summary>
    /// Diagnostic codes by which a reader says it lost part of the text: not findings about the submission,
    /// and not doubts about text it did read (a realigned or hard-to-split row).
    /// </summary>
    private static readonly HashSet<string> LossCodes = new(StringComparer.Ordinal)
    {
        "unplaced-row", "unplaced-cell", "cells-unplaced", "partial-read", "cut-off",
        "missing-columns", "missing-indicator-table", "missing-indicator-name", "no-indicator-frame", "no-indicators",
    };

    /// <summary>How many of <paramref name="diagnostics"/> say the reader lost text.</summary>
    public static int Lost(IReadOnlyList<IngestDiagnostic> diagnostics) => diagnostics.Count(d => LossCodes.Contains(d.Code));

    /// <summary>The distinct source cells <paramref name="tables"/> placed.</summary>
    public static int Placed(IEnumerable<PerformanceTable> tables)
    {
        var cells = new HashSet<SourceLocation>();
        foreach (var table in tables)
        {
            var (header, goals) = (table.Header, table.Goals);
            Add(cells, header.ProjectName?.At, header.ProjectCode?.At, header.ProjectType?.At, header.ProjectLevel?.At,
                header.SupervisingDepartment?.At, header.SpendingUnit?.At, header.CycleStartYear?.At, header.CycleEndYear?.At,
                header.BudgetYear?.At, header.Budget?.At, header.FiscalFunds?.At, header.OtherFunds?.At, header.FundUse?.At,
                header.ContactPerson?.At, header.ContactPhone?.At, header.ContactEmail?.At,
                goals.CycleGoal?.At, goals.AnnualGoal?.At, goals.ExpectedGoal?.At, goals.ActualOutcome?.At,
                table.TotalWeight?.At, table.TotalScore?.At);
            cells.UnionWith(header.SpendingPlan.Select(p => p.At));
            cells.UnionWith(header.FundSources?.Select(s => s.Amount.At) ?? []);
            if (header.BudgetSplit is { } split)
            {
                Add(cells, split.Basic?.At, split.Personnel?.At, split.Public?.At, split.Project?.At);
            }

            cells.UnionWith(goals.SubGoals.SelectMany(g => new[] { g.Goal?.At, g.IndicatorText?.At }).OfType<SourceLocation>());
            foreach (var i in table.Indicators)
            {
                Add(cells, i.Level1?.At, i.Level2?.At, i.Name?.At, i.Description?.At, i.Formula?.At, i.CycleValue?.At, i.AnnualValue?.At,
                    i.ValueBasis?.At, i.ActualValue?.At, i.Weight?.At, i.Score?.At, i.DeviationReason?.At);
            }

            foreach (var fund in table.Funds)
            {
                Add(cells, fund.Label.At, fund.InitialBudget?.At, fund.AnnualBudget?.At, fund.Executed?.At, fund.Weight?.At, fund.ExecutionRate?.At, fund.Score?.At);
            }

            foreach (var task in table.Tasks?.Lines.Append(table.Tasks.Total).OfType<DepartmentTask>() ?? [])
            {
                Add(cells, task.Name.At, task.Content?.At, task.Budget?.At, task.FiscalFunds?.At, task.OtherFunds?.At);
            }
        }

        cells.Remove(SourceLocation.None);
        return cells.Count;
    }

    /// <remarks>A span, not an array: it is called for every indicator of every reading compared (no allocation per call).</remarks>
    private static void Add(HashSet<SourceLocation> cells, params ReadOnlySpan<SourceLocation?> places)
    {
        foreach (var place in places)
        {
            if (place is { } at)
            {
                cells.Add(at);
            }
        }
    }
}
