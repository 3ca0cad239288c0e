using GoalLint.Ingest.Formats;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Formats;

public class XlsxFormulaCheckTests
{
    [Fact]
    public void A_total_whose_cached_value_disagrees_with_its_cells_is_reported_at_the_cell()
    {
        var sheet = new FixtureSheet("资金")
            .Set(0, 0, new FixtureCell("年初预算数")).Set(0, 1, new FixtureCell(100000))
            .Set(1, 0, new FixtureCell("全年预算数")).Set(1, 1, new FixtureCell(250000))
            .Set(2, 0, new FixtureCell("其他")).Set(2, 1, new FixtureCell("—"))
            .Set(3, 0, new FixtureCell("合计")).Set(3, 1, new FixtureCell(300000, Formula: "SUM(B1:B3)"))
            .Set(4, 0, new FixtureCell("复核")).Set(4, 1, new FixtureCell(350000, Formula: "B1+B2"));

        var (source, context) = Fixtures.Decode(XlsxWriter.Write(sheet));

        Assert.Equal("300000", source!.Rows[3].Cells[1].Text);
        var mismatch = Assert.Single(context.Diagnostics);
        Assert.Equal("formula-mismatch", mismatch.Code);
        Assert.Equal(new SourceLocation(4, 2, "资金", "B4"), mismatch.At);
        Assert.Contains("=SUM(B1:B3)", mismatch.Message);
        Assert.Contains("300000", mismatch.Message);
        Assert.Contains("350000", mismatch.Message);
        Assert.Equal("=SUM(B1:B3) → 300000（各单元格合计 350000）", mismatch.Evidence);
    }

    [Fact]
    public void Totals_that_agree_and_formulas_it_cannot_read_are_not_reported()
    {
        var sheet = new FixtureSheet("资金")
            .Set(0, 0, new FixtureCell(0.1)).Set(0, 1, new FixtureCell(0.2))
            .Set(0, 2, new FixtureCell(0.1 + 0.2, Formula: "A1+B1"))
            .Set(1, 0, new FixtureCell(7, Formula: "AVERAGE(A1:B1)"))
            .Set(1, 1, new FixtureCell(9, Formula: "SUM(Sheet2!A1:A3)"))
            .Set(1, 2, new FixtureCell(0.3, Formula: "SUM(A1:B1)"));

        var (_, context) = Fixtures.Decode(XlsxWriter.Write(sheet));

        Assert.Empty(context.Diagnostics);
    }

    [Theory]
    [InlineData("=SUM(B2:B4)", 3)]
    [InlineData("SUM($B$2:$C$3, D9)", 5)]
    [InlineData("=B2+C2+D2", 3)]
    [InlineData("=SUM(B2:B4)*2", -1)]
    [InlineData("=B2-C2", -1)]
    [InlineData("=SUM(A1:XFD1048576)", -1)]
    [InlineData("=B2", -1)]
    public void Only_sums_of_cells_are_read(string formula, int cells)
    {
        var sum = FormulaCells.Parse(formula);

        Assert.Equal(cells, sum?.Cells.Count ?? -1);
    }
}
