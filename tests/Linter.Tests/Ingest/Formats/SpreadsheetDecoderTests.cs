using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>Workbooks built in code read as the same rows as their text export, with sheet and A1 locations.</summary>
public class SpreadsheetDecoderTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Formats), MemberType = typeof(Fixtures))]
    public void A_sheet_reads_as_the_rows_of_its_text_export(string format)
    {
        var (source, context) = Fixtures.Decode(Fixtures.Write(format, FixtureSheet.FromTsv("目标表", Fixtures.GuangdongGoals)));

        Assert.NotNull(source);
        Assert.Empty(context.Diagnostics);
        Assert.Equal(format == "xlsx" ? SourceFormat.Xlsx : SourceFormat.Xls, source.Format);
        Assert.Equal(Fixtures.TextRows(Fixtures.GuangdongGoals), source.Rows.Select(Fixtures.Texts));
        Assert.Equal(source.Rows.Select(r => r.Raw), source.Lines);

        var name = source.Rows[13].Cells[3];
        Assert.Equal("维护设施数量", name.Text);
        Assert.Equal(new SourceLocation(14, 4, "目标表", "D14"), name.At);
        Assert.Equal(14, source.Rows[13].Line);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Formats), MemberType = typeof(Fixtures))]
    public void Merged_blocks_read_once_at_their_top_left_cell_as_in_a_text_export(string format)
    {
        var sheet = FixtureSheet.FromTsv("目标表", Fixtures.GuangdongGoals);
        var last = sheet.Rows.Count - 1;
        sheet.MergeDown(0, 0, last).MergeDown(1, Fixtures.IndicatorHeaderRow + 1, last).MergeDown(2, Fixtures.IndicatorHeaderRow + 1, last);
        sheet.Merges.Add("A1:F1");

        var (source, _) = Fixtures.Decode(Fixtures.Write(format, sheet));

        Assert.Contains("A13:A23", sheet.Merges);
        Assert.Contains("B14:B18", sheet.Merges);
        Assert.Equal(Fixtures.TextRows(Fixtures.GuangdongGoals), source!.Rows.Select(Fixtures.Texts));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Formats), MemberType = typeof(Fixtures))]
    public void Numbers_read_as_their_format_shows_them(string format)
    {
        var sheet = new FixtureSheet("值")
            .Set(0, 0, new FixtureCell(1.0, "0%"))
            .Set(0, 1, new FixtureCell(0.955, "0.0%"))
            .Set(0, 2, new FixtureCell(0.98, "0.00%"))
            .Set(1, 0, new FixtureCell(new DateTime(2023, 12, 31), "yyyy\"年\"m\"月\"d\"日\""))
            .Set(1, 1, new FixtureCell(new DateTime(2024, 3, 5), "yyyy-mm-dd"))
            .Set(1, 2, new FixtureCell(new DateTime(2024, 6, 30), "m\"月\"d\"日\""))
            .Set(2, 0, new FixtureCell(85500))
            .Set(2, 1, new FixtureCell(360000, "#,##0.00"))
            .Set(2, 2, new FixtureCell(6, "0\"次\""))
            .Set(2, 3, new FixtureCell(-2.5, "0.0;[Red]-0.0"))
            .Set(2, 4, new FixtureCell(0.1 + 0.2));

        var (source, _) = Fixtures.Decode(Fixtures.Write(format, sheet));

        Assert.Equal(
            [["100%", "95.5%", "98.00%"], ["2023年12月31日", "2024-03-05", "6月30日"], ["85500", "360000.00", "6次", "-2.5", "0.3"]],
            source!.Rows.Select(Fixtures.Texts));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Formats), MemberType = typeof(Fixtures))]
    public void A_table_split_over_two_sheets_reads_as_one_run_of_rows(string format)
    {
        var lines = Fixtures.GuangdongGoals.ReplaceLineEndings("\n").Split('\n');
        var first = FixtureSheet.FromTsv("第一页", string.Join('\n', lines[..16]));
        var second = FixtureSheet.FromTsv("第二页", string.Join('\n', lines[16..]));

        var (source, context) = Fixtures.Decode(Fixtures.Write(format, first, second));

        Assert.Empty(context.Diagnostics);
        Assert.Equal(Fixtures.TextRows(Fixtures.GuangdongGoals), source!.Rows.Select(Fixtures.Texts));
        var continued = source.Rows[16];
        Assert.Equal(17, continued.Line);
        Assert.Equal(new SourceLocation(1, 4, "第二页", "D1"), continued.Cells[3].At);
        Assert.Equal("时效指标", continued.Cells[2].Text);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Formats), MemberType = typeof(Fixtures))]
    public void Hidden_rows_and_sheets_are_read_and_reported(string format)
    {
        var visible = FixtureSheet.FromTsv("目标表", Fixtures.GuangdongGoals);
        visible.HiddenRows.Add(14);
        visible.HiddenRows.Add(15);
        var hidden = new FixtureSheet("备注") { Hidden = true }.Set(0, 0, new FixtureCell("内部备注"));

        var (source, context) = Fixtures.Decode(Fixtures.Write(format, visible, hidden));

        Assert.Equal("巡查次数", source!.Rows[14].Cells[3].Text);
        Assert.Equal("内部备注", source.Rows[^1].Cells[0].Text);
        var rows = Assert.Single(context.Diagnostics, d => d.Code == "hidden-rows");
        Assert.Equal(new SourceLocation(15, 4, "目标表", "D15"), rows.At);
        Assert.Contains("15, 16", rows.Message);
        Assert.Equal("巡查次数\t≥36次\t≥12次", rows.Evidence);
        var sheet = Assert.Single(context.Diagnostics, d => d.Code == "hidden-sheet");
        Assert.Equal("备注", sheet.At.Sheet);
        Assert.Equal(2, context.Diagnostics.Count);
    }

    [Fact]
    public void Leading_empty_columns_and_rows_keep_their_true_cell_references()
    {
        var sheet = new FixtureSheet("表").Set(2, 1, new FixtureCell("项目名称")).Set(2, 2, new FixtureCell("测试"));

        var (source, _) = Fixtures.Decode(Fixtures.Write("xlsx", sheet));

        Assert.Equal(3, source!.Rows.Count);
        Assert.True(source.Rows[0].IsBlank);
        Assert.Equal(["项目名称", "测试"], Fixtures.Texts(source.Rows[2]));
        Assert.Equal(new SourceLocation(3, 3, "表", "C3"), source.Rows[2].Cells[1].At);
    }

    [Fact]
    public void A_cell_with_line_breaks_reads_as_one_line()
    {
        var sheet = new FixtureSheet("表").Set(0, 0, new FixtureCell("社会效益\n指标")).Set(0, 1, new FixtureCell("Annual\r\ngoal"));

        var (source, _) = Fixtures.Decode(Fixtures.Write("xlsx", sheet));

        Assert.Equal(["社会效益指标", "Annual goal"], Fixtures.Texts(source!.Rows[0]));
        Assert.Single(source.Lines);
    }
}
