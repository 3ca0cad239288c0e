using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Layouts;

public class GuangdongGridReaderTests
{
    private const string Header =
        "项目名称\t示例经费\t\t\t\t\n" +
        "项目类型\t其他特定目标类（部门职能类）\t\t\t\t\n" +
        "主管部门\t某某办公室\t\t\t\t\n" +
        "用款单位\t某某办公室\t\t\t\t\n" +
        "实施周期\t起始年度\t2022\t到期年度\t2024\t\n" +
        "2023年预算金额（万元）\t\t12.5\t\t\t\n" +
        "总体绩效目标\t<b>实施周期总目标</b>\t\t\t\t\n" +
        "\t完成示例 工作。\t\t\t\t\n" +
        "\t<b>2023年度目标</b>\t\t\t\t\n" +
        "\t完成年度工作。\t\t\t\t\n" +
        "绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值\n";

    private static readonly ILayoutReader Reader = LayoutReaders.Of("guangdong-goals-grid");

    [Fact]
    public void Reads_header_goals_and_indicators_with_locations()
    {
        var table = Assert.Single(Read(Header + "\t产出指标\t数量指标\t开展活动数量\t≥6次\t≥2次\n", out _));

        Assert.Equal(TableKind.ProjectGoals, table.Kind);
        Assert.Equal("示例经费", table.Header.ProjectName!.Text);
        Assert.Equal("某某办公室", table.Header.SpendingUnit!.Text);
        Assert.Equal(2022, table.Header.CycleStartYear!.Value);
        Assert.Equal(2024, table.Header.CycleEndYear!.Value);
        Assert.Equal(2023, table.Header.BudgetYear!.Value);
        Assert.Equal(125_000m, table.Header.Budget!.Yuan);
        Assert.Equal("万元", table.Header.Budget.Unit);
        Assert.Equal("完成示例工作。", table.Goals.CycleGoal!.Text);
        Assert.Equal(new SourceLocation(8, 2), table.Goals.CycleGoal.At);
        Assert.Equal("2023年度目标", table.Goals.AnnualGoalLabel!.Text);
        Assert.Equal("完成年度工作。", table.Goals.AnnualGoal!.Text);
        var indicator = Assert.Single(table.Indicators);
        Assert.Equal("产出指标 › 数量指标 › 开展活动数量", indicator.Path);
        Assert.Equal("≥6次", indicator.CycleValue!.Text);
        Assert.Equal(new SourceLocation(12, 19), indicator.CycleValue.At);
        Assert.Equal("≥2次", indicator.AnnualValue!.Text);
        Assert.Equal(new SourceLocation(12, 1), indicator.At);
        Assert.Equal("\t产出指标\t数量指标\t开展活动数量\t≥6次\t≥2次", indicator.SourceRow);
    }

    [Fact]
    public void Blank_frame_cells_carry_the_labels_above_and_empty_slots_are_kept()
    {
        var rows =
            "\t产出指标\t数量指标\t活动次数\t6次\t2次\n" +
            "\t\t\t参与人数\t≥450人次\t≥150人次\n" +
            "\t效益指标\t经济效益指标\t\t\t\n" +
            "\t\t社会效益 指标\t报道篇数\t18篇\t6篇\n" +
            "\t满意度指标\t服务对象满意度指标\t\t\t\n";

        var table = Assert.Single(Read(Header + rows, out var context));

        Assert.Equal(["产出指标 › 数量指标 › 活动次数", "产出指标 › 数量指标 › 参与人数", "效益指标 › 社会效益指标 › 报道篇数"], table.Indicators.Select(i => i.Path));
        Assert.Equal(new SourceLocation(12, 2), table.Indicators[1].Level1!.At);
        Assert.Equal(
            ["产出指标/数量指标:2", "效益指标/经济效益指标:0", "效益指标/社会效益指标:1", "满意度指标/服务对象满意度指标:0"],
            table.Slots.Select(s => $"{s.Level1?.Text}/{s.Level2?.Text}:{s.IndicatorCount}"));
        Assert.Empty(context.Diagnostics);
    }

    [Fact]
    public void A_table_continues_over_a_page_break_with_a_repeated_header_row()
    {
        var rows =
            "\t产出指标\t数量指标\t活动次数\t6次\t2次\n\n" +
            "绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值\n" +
            "\t\t\t参与人数\t≥450人次\t≥150人次\n";

        var table = Assert.Single(Read(Header + rows, out var context));

        Assert.Equal("产出指标 › 数量指标 › 参与人数", table.Indicators[1].Path);
        Assert.Equal(15, table.Indicators[1].At.Line);
        Assert.Equal(2, Assert.Single(table.Slots).IndicatorCount);
        Assert.Empty(context.Diagnostics);
    }

    [Theory]
    [InlineData("\t\t效益指标\t经济效益指标\t\t", "效益指标 › 经济效益指标 › 增长率")]
    [InlineData("\t社会效益指标\t\t增长率\t增长\t增长", "产出指标 › 社会效益指标 › 增长率")]
    [InlineData("满意度指标\t服务对象满意度指标\t增长率\t增长\t增长\t", "满意度指标 › 服务对象满意度指标 › 增长率")]
    [InlineData("\t\t\t质量指标\t增长率\t增长", "产出指标 › 质量指标 › 增长率")]
    [InlineData("\t增长率\t\t增长\t增长\t", "产出指标 › 数量指标 › 增长率")]
    public void Shifted_rows_are_realigned_and_reported(string row, string path)
    {
        var rows = "\t产出指标\t数量指标\t活动次数\t6次\t2次\n" + row + "\n" + (row.Contains("增长率") ? "" : "\t\t\t增长率\t增长\t增长\n");

        var table = Assert.Single(Read(Header + rows, out var context));

        Assert.Equal(path, table.Indicators[^1].Path);
        Assert.Equal("增长", table.Indicators[^1].CycleValue!.Text);
        var shifted = Assert.Single(context.Diagnostics, d => d.Code == "shifted-row");
        Assert.Equal(13, shifted.At.Line);
        Assert.Equal(row.TrimEnd('\t'), shifted.Evidence);
    }

    [Fact]
    public void Cut_off_cells_are_kept_as_written_and_a_cut_inside_a_bracket_is_reported()
    {
        var rows =
            "\t效益指标\t社会效益指标\t品牌提升\t正面报道和市政府认\t正面报道和市政府认可\n" +
            "\t\t\t按时完成率（\t100%\t100%\n";

        var table = Assert.Single(Read(Header + rows, out var context));

        Assert.Equal(("正面报道和市政府认", "按时完成率（"), (table.Indicators[0].CycleValue!.Text, table.Indicators[1].Name!.Text));
        var cut = Assert.Single(context.Diagnostics);
        Assert.Equal(("unclosed-bracket", new SourceLocation(13, 4)), (cut.Code, cut.At));
    }

    [Fact]
    public void Tables_split_at_titles_and_at_a_new_header_without_title()
    {
        var text = "## 项目绩效目标表\n\n" + Header + "\t产出指标\t数量指标\t甲\t1次\t1次\n\n" + Header + "\t产出指标\t数量指标\t乙\t2次\t2次\n";

        var tables = Read(text, out _);

        Assert.Equal(2, tables.Count);
        Assert.Equal(("项目绩效目标表", new SourceLocation(1, 4)), (tables[0].Title!.Text, tables[0].Title!.At));
        Assert.Equal(14, tables[0].EndLine);
        Assert.Null(tables[1].Title);
        Assert.Equal(new SourceLocation(16, 1), tables[1].At);
        Assert.Equal("乙", tables[1].Indicators.Single().Name!.Text);
    }

    [Fact]
    public void Rows_from_a_spreadsheet_read_like_tab_separated_lines()
    {
        var lines = (Header + "\t产出指标\t数量指标\t活动次数\t6次\t2次").Split('\n');
        var rows = lines.Select((l, i) => new Row(i + 1, l.Split('\t').Select((c, j) => new Cell(c, new SourceLocation(i + 1, 0, "Sheet1", $"{(char)('A' + j)}{i + 1}"))).ToArray(), l.Replace('\t', ','))).ToArray();

        var table = Assert.Single(Reader.Read(SourceText.FromRows("goals.xlsx", rows, "utf-8", SourceFormat.Xlsx), new IngestContext("goals.xlsx")));

        Assert.Equal("Sheet1!E12", table.Indicators.Single().CycleValue!.At.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("项目名称\t\n\n\n")]
    [InlineData("绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值\n\t\t\t\t\t\t\t\t\t\t≥1\n\t产出指标")]
    [InlineData("# 项目绩效目标表\n实施周期\t起始年度\t二〇二一\n2023年预算金额（元）\t很多\n\t\t\t")]
    public void Broken_input_never_throws(string text)
    {
        var tables = Read(text, out var context);

        Assert.All(tables, t => Assert.Equal("guangdong-goals-grid", t.Layout));
        Assert.All(context.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Message)));
    }

    [Fact]
    public void A_table_without_indicator_header_is_reported()
    {
        var table = Assert.Single(Read("# 项目绩效目标表\n项目名称\t示例\n", out var context));

        Assert.Empty(table.Indicators);
        Assert.Contains(context.Diagnostics, d => d.Code == "no-indicators");
    }

    private static SourceText Source(string text) => new("inline.txt", text, "utf-8", SourceFormat.Text);

    private static IReadOnlyList<PerformanceTable> Read(string text, out IngestContext context)
    {
        context = new IngestContext("inline.txt");
        return Reader.Read(Source(text), context);
    }
}
