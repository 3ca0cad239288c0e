using GoalLint.Ingest;
using GoalLint.Ingest.Cells;

namespace GoalLint.Tests.Ingest.Cells;

/// <summary>
/// A line of thousands of cells (damage, or a hostile file) is read to <see cref="Row.MaxCells"/>
/// cells whatever separates them, and the loader says so once per file, naming the first such line.
/// </summary>
public sealed class WideLineTests
{
    public static TheoryData<string> Separators => ["\t", " | ", "  "];

    [Theory]
    [MemberData(nameof(Separators))]
    public void A_line_is_split_to_the_cap_and_overflows_only_past_it(string separator)
    {
        string Line(int cells) => string.Join(separator, Enumerable.Range(1, cells).Select(i => "格" + i));

        Assert.False(LineCells.Overflows(Line(Row.MaxCells)));
        Assert.Equal(Row.MaxCells, LineCells.Split(1, Line(Row.MaxCells)).Cells.Count);
        Assert.True(LineCells.Overflows(Line(Row.MaxCells + 1)));
        Assert.Equal(Row.MaxCells, LineCells.Split(1, Line(5_000)).Cells.Count);
    }

    [Fact]
    public void Outer_pipes_open_no_cell()
    {
        var line = "| " + string.Join(" | ", Enumerable.Repeat("格", Row.MaxCells)) + " |";

        Assert.False(LineCells.Overflows(line));
        Assert.Equal(Row.MaxCells, LineCells.Split(1, line).Cells.Count);
    }

    [Theory]
    [InlineData("shenbao-year-line.tsv", "\t格")]
    [InlineData("ziping-pipes-funds.md", " | 格")]
    public void A_table_with_wide_lines_is_read_as_before_with_one_finding_for_them(string fixture, string cell)
    {
        var original = File.ReadAllText(Repo.InRepo("tests", "shapes", fixture));
        var lines = original.Split('\n');
        var separator = cell.Trim()[0];
        var wideAt = Array.FindLastIndex(lines, l => l.Contains(separator));
        foreach (var i in new[] { wideAt - 1, wideAt })
        {
            lines[i] = lines[i].TrimEnd('\r') + string.Concat(Enumerable.Repeat(cell, 5_000));
        }

        using var folder = new TempFolder();
        var loader = DocumentLoader.CreateDefault();
        var before = loader.Load(Repo.InRepo("tests", "shapes", fixture));
        var after = loader.Load(folder.Write(fixture, string.Join('\n', lines)));

        Assert.Equal(before.Tables.Count, after.Tables.Count);
        Assert.Equal(before.Tables.Sum(t => t.Indicators.Count), after.Tables.Sum(t => t.Indicators.Count));
        var wide = Assert.Single(after.Diagnostics, d => d.Code == "too-many-columns");
        Assert.Equal(wideAt, wide.At.Line);
        Assert.Contains("共 2 行", wide.Message);
    }
}
