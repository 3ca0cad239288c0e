using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Shapes;

/// <summary>
/// Header facts of the shape fixtures that their goldens do not print, each the general cause of
/// a reader failure: a year line under the title, a period in one cell, a unit in a row label, a
/// declared but empty last row, a funds block in a Markdown pipe table.
/// </summary>
public sealed class ReadCauseTests
{
    [Fact]
    public void Year_line_period_cell_and_row_label_unit_are_read_and_an_empty_last_row_is_no_cut()
    {
        var (table, document) = ReadOne("shenbao-year-line.tsv");

        Assert.Equal((2025m, "（2025年度）"), (table.Header.BudgetYear?.Value, table.Header.BudgetYear?.Raw));
        Assert.Equal((2025m, 2027m), (table.Header.CycleStartYear?.Value, table.Header.CycleEndYear?.Value));
        Assert.Equal((4_500_000m, "万元"), (table.Header.FiscalFunds?.Yuan, table.Header.FiscalFunds?.Unit));
        Assert.False(table.Read?.CutOff);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Funds_block_in_a_pipe_table_is_read_in_the_unit_its_label_states()
    {
        var (table, _) = ReadOne("ziping-pipes-funds.md");

        Assert.Equal(["年度资金总额", "其中：当年财政拨款", "其他资金"], table.Funds.Select(f => f.Label.Text));
        Assert.All(table.Funds, f => Assert.Equal("万元", f.Unit));
        Assert.Equal((110m, 99m), (table.Funds[0].AnnualBudget?.Value, table.Funds[0].Executed?.Value));
    }

    private static (PerformanceTable Table, PerformanceDocument Document) ReadOne(string file)
    {
        var document = DocumentLoader.CreateDefault().Load(Repo.InRepo("tests", "shapes", file));
        return (Assert.Single(document.Tables), document);
    }
}
