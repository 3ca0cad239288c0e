using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Tests.Check;

/// <summary>
/// What a run keeps of a table for the run-scoped rules (<see cref="TableFacts"/>) gives back what was read:
/// each indicator's places however they are packed, and the 年度目标 whether it waits on disk or in memory.
/// </summary>
public sealed class TableFactsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("goallint-facts-");

    public static TheoryData<SourceLocation, SourceLocation?> Places => new()
    {
        { new SourceLocation(12, 3), new SourceLocation(12, 41) },    // one row of a text table
        { new SourceLocation(12, 3), null },                          // no annual value
        { new SourceLocation(7, 1), new SourceLocation(10, 1) },      // one cell per line: the value three lines on
        { new SourceLocation(70, 1), new SourceLocation(7, 1) },      // the value far above the name
        { new SourceLocation(12, 5000), new SourceLocation(12, 5090) }, // a very long space-aligned line
        { new SourceLocation(0, 0), new SourceLocation(0, 0) },       // places unknown
        { new SourceLocation(int.MaxValue, 1), new SourceLocation(int.MaxValue, 9) },
        { new SourceLocation(5, 2, "Sheet1", "B5"), new SourceLocation(5, 6, "Sheet1", "F5") },
        { new SourceLocation(5, 2), new SourceLocation(5, 6, "指标", "F5") },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void An_indicator_keeps_where_its_name_and_annual_value_were_read(SourceLocation name, SourceLocation? annual)
    {
        var indicator = new Indicator { Name = new TextField("受理投诉件数", name), At = name };
        if (annual is { } at)
        {
            indicator.AnnualValue = new IndicatorValue(new TextField("≥8000件", at));
        }

        var facts = TableFacts.Of(new PerformanceDocument { Path = "a.txt" }, Table(indicator), new SummaryPool()).Indicators.Single();

        Assert.Equal(name, facts.NameAt);
        Assert.Equal(annual ?? SourceLocation.None, facts.AnnualAt);
        Assert.Equal("≥8000件", annual is null ? "≥8000件" : facts.AnnualValue);
    }

    [Theory]
    [InlineData("全年受理消费投诉不少于8000件，按时办结率不低于95%。")]
    [InlineData("")]
    [InlineData("目标\uD800断开的代理项")]
    public void A_spilled_goal_reads_back_as_written(string text)
    {
        using var texts = new TextSpill(Path.Combine(_root.FullName, "texts.bin"));
        var goal = new TextField(text, new SourceLocation(9, 2));
        var pool = new SummaryPool();
        var document = new PerformanceDocument { Path = "a.txt" };
        var facts = new[] { "上一张表的目标", text, "下一张表的目标" }.Select(t => TableFacts.Of(document, Table(goal: t == text ? goal : new TextField(t, new SourceLocation(1, 1))), pool, texts)).ToArray();

        Assert.Equal(goal, facts[1].AnnualGoal);
        Assert.Equal(goal, facts[1].AnnualGoal);
        Assert.Equal("下一张表的目标", facts[2].AnnualGoal?.Text);
    }

    [Fact]
    public void A_goal_in_a_spreadsheet_cell_is_kept_as_read()
    {
        using var texts = new TextSpill(Path.Combine(_root.FullName, "texts.bin"));
        var goal = new TextField("全年受理消费投诉不少于8000件", new SourceLocation(4, 2, "Sheet1", "B4"));

        var facts = TableFacts.Of(new PerformanceDocument { Path = "a.xlsx" }, Table(goal: goal), new SummaryPool(), texts);

        Assert.Same(goal, facts.AnnualGoal);
    }

    [Theory]
    [InlineData("全年受理消费投诉不少于8000件，按时办结率不低于95%。", "全年受理消费投诉不少于 ８０００件，按时办结率不低于９５％。", true)]
    [InlineData("全年受理消费投诉不少于8000件。", "全年受理消费投诉不少于\u30008000件。\n", true)]
    [InlineData("全年受理消费投诉不少于8000件。", "全年受理消费投诉不少于9000件。", true)] // the print sets digits aside: the texts tell
    [InlineData("全年受理消费投诉不少于8000件。", "全年办结消费投诉不少于8000件。", false)]
    [InlineData("全年受理消费投诉不少于8000件。", "全年受理消费投诉不少于8000件", false)]
    public void Goals_that_read_the_same_once_squashed_have_one_print(string one, string other, bool samePrint)
    {
        var pool = new SummaryPool();
        var document = new PerformanceDocument { Path = "a.txt" };
        var (a, b) = (TableFacts.Of(document, Table(goal: new TextField(one, default)), pool), TableFacts.Of(document, Table(goal: new TextField(other, default)), pool));

        Assert.Equal(samePrint, a.GoalPrint == b.GoalPrint);
        Assert.NotEqual(0, a.GoalPrint);
        Assert.Equal(0, TableFacts.Of(document, Table(), pool).GoalPrint);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static PerformanceTable Table(Indicator? indicator = null, TextField? goal = null)
    {
        var table = new PerformanceTable { Kind = TableKind.ProjectGoals, Layout = "generic" };
        table.Goals.AnnualGoal = goal;
        if (indicator is not null)
        {
            table.Indicators.Add(indicator);
        }

        return table;
    }
}
