using System.Reflection;
using GoalLint.Analysis;
using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

/// <summary>Every built-in analyzer on tables with nothing filled in, or half filled: no exception, no finding.</summary>
public class OddDataTests
{
    public static TheoryData<string> Analyzers() =>
        [.. typeof(DuplicateNameAnalyzer).Assembly.GetTypes().Where(IsAnalyzer).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Blank_and_partial_tables_report_nothing(string typeName)
    {
        var analyzer = typeof(DuplicateNameAnalyzer).Assembly.GetType(typeName)!;
        foreach (var table in new[] { Table(project: null), Partial() })
        {
            var document = new PerformanceDocument { Path = "odd.txt" };
            document.Tables.Add(table);
            var issues = Activator.CreateInstance(analyzer) switch
            {
                ITableAnalyzer t => Run(t, document, table, ("tolerance", "not a number"), ("min-length", -3)),
                IRunAnalyzer r => Run(r, [document, document], ("min-indicators", "x")),
                _ => throw new InvalidOperationException(typeName),
            };

            Assert.Empty(issues);
        }
    }

    private static bool IsAnalyzer(Type type) =>
        type.IsPublic && (typeof(ITableAnalyzer).IsAssignableFrom(type) || typeof(IRunAnalyzer).IsAssignableFrom(type));

    /// <summary>Rows, funds and goals that exist but whose cells are missing, blank or unreadable.</summary>
    private static PerformanceTable Partial()
    {
        var table = Table();
        table.Indicators.Add(new Indicator());
        table.Indicators.Add(new Indicator { Name = Text("", 3), AnnualValue = new IndicatorValue(Text("", 3)), ActualValue = new IndicatorValue(Text("—", 3)) });
        table.Funds.Add(new FundLine { Kind = FundLineKind.Total, Label = Text("", 4), ExecutionRate = new NumberField(0, "", At(4)) });
        table.Funds.Add(new FundLine { Kind = FundLineKind.Other, Label = Text("其他资金", 5) });
        table.Goals.AnnualGoal = Text("", 6);
        table.Goals.SubGoals.Add(new SubGoal(Text("", 7), null, null));
        table.Header.Budget = new MoneyField(0, "", "万元", At(8));
        table.Header.SpendingPlan.Add(new SpendingPlanPoint(12, null, "", At(9)));
        table.Slots.Add(new IndicatorSlot(null, null, Level1Category.Unknown, Level2Category.Unknown, 0, At(10)));
        table.TotalScore = new NumberField(0, "", At(11));
        Normaliser(table);
        return table;
    }

    private static void Normaliser(PerformanceTable table) => GoalLint.Normalise.Normaliser.Normalise(table);
}
